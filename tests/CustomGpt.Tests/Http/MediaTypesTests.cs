using CustomGpt.Http;

namespace CustomGpt.Tests.Http;

/// <summary>The media type an upload is sent with when the caller names none: guessed from the file's extension.</summary>
public class MediaTypesTests
{
    [Theory]
    [InlineData("handbook.pdf", "application/pdf")]
    [InlineData("notes.txt", "text/plain")]
    [InlineData("README.md", "text/markdown")]
    [InlineData("prices.csv", "text/csv")]
    [InlineData("page.html", "text/html")]
    [InlineData("page.htm", "text/html")]
    [InlineData("data.json", "application/json")]
    [InlineData("feed.xml", "application/xml")]
    [InlineData("letter.doc", "application/msword")]
    [InlineData("letter.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("sheet.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("deck.pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation")]
    [InlineData("logo.png", "image/png")]
    [InlineData("photo.jpg", "image/jpeg")]
    [InlineData("photo.jpeg", "image/jpeg")]
    [InlineData("anim.gif", "image/gif")]
    [InlineData("pic.webp", "image/webp")]
    [InlineData("talk.mp3", "audio/mpeg")]
    [InlineData("talk.mp4", "video/mp4")]
    public void Each_indexed_format_has_its_media_type(string fileName, string expected) =>
        Assert.Equal(expected, MediaTypes.FromFileName(fileName));

    [Theory]
    [InlineData("HANDBOOK.PDF", "application/pdf")]
    [InlineData("/tmp/dir.with.dots/Photo.JpEg", "image/jpeg")]
    public void The_extension_is_matched_in_any_case_and_only_at_the_end_of_the_path(string fileName, string expected) =>
        Assert.Equal(expected, MediaTypes.FromFileName(fileName));

    [Theory]
    [InlineData("archive.tar.gz")]
    [InlineData("Makefile")]
    [InlineData("pdf")]
    [InlineData("trailing.")]
    [InlineData("")]
    public void Anything_else_goes_as_bytes(string fileName) =>
        Assert.Equal("application/octet-stream", MediaTypes.FromFileName(fileName));

    [Fact]
    public void The_answer_types_are_the_wire_spellings() =>
        Assert.Equal(("application/json", "text/event-stream"), (MediaTypes.Json, MediaTypes.EventStream));
}
