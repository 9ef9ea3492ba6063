using System.Net.Http.Headers;

namespace CustomGpt.Tests.Sdk;

/// <summary>
/// A downloaded file: its name (the RFC 5987 <c>filename*</c> first, quotes trimmed), type and length
/// from the headers, and disposing it releases the stream, the response and the request. A file to
/// upload from a path: opened for asynchronous reads, with the caller's media type over the guessed one.
/// </summary>
public class FileTests
{
    [Fact]
    public void A_download_takes_its_name_type_and_length_from_the_headers()
    {
        var headers = new ByteArrayContent([]).Headers;
        headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        headers.ContentLength = 1234;
        headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = "\"plain.pdf\"", FileNameStar = "naïve.pdf" };

        using var file = new FileResponse(new MemoryStream(), headers, new Tracked(), new Tracked());

        Assert.Equal("naïve.pdf", file.FileName);
        Assert.Equal("application/pdf", file.ContentType);
        Assert.Equal(1234, file.ContentLength);
    }

    [Fact]
    public void Without_filename_star_the_quoted_name_is_used_unquoted()
    {
        var headers = new ByteArrayContent([]).Headers;
        headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = "\"plain.pdf\"" };

        using var file = new FileResponse(new MemoryStream(), headers, new Tracked(), new Tracked());

        Assert.Equal("plain.pdf", file.FileName);
        Assert.Null(new FileResponse(new MemoryStream(), new ByteArrayContent([]).Headers, new Tracked(), new Tracked()).FileName);
    }

    [Fact]
    public void Disposing_a_download_releases_its_stream_response_and_request()
    {
        var stream = new MemoryStream([1, 2, 3]);
        var response = new Tracked();
        var request = new Tracked();

        new FileResponse(stream, new ByteArrayContent([]).Headers, response, request).Dispose();

        Assert.False(stream.CanRead);
        Assert.True(response.Disposed);
        Assert.True(request.Disposed);
    }

    [Fact]
    public void A_file_from_a_path_is_read_asynchronously_with_the_callers_media_type_first()
    {
        var path = Path.Combine(Path.GetTempPath(), $"upload-{Guid.NewGuid():N}.pdf");
        File.WriteAllText(path, "x");
        try
        {
            using (var guessed = FileParameter.FromPath(path))
            {
                Assert.True(Assert.IsType<FileStream>(guessed.Data).IsAsync);
                Assert.Equal(Path.GetFileName(path), guessed.FileName);
                Assert.Equal("application/pdf", guessed.ContentType);
            }
            using var given = FileParameter.FromPath(path, "application/x-custom");
            Assert.Equal("application/x-custom", given.ContentType);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void An_empty_path_is_refused(string path)
    {
        var e = Assert.Throws<ArgumentException>(() => FileParameter.FromPath(path));

        Assert.Equal("path", e.ParamName);
        Assert.StartsWith("The path is empty.", e.Message);
    }

    sealed class Tracked : IDisposable
    {
        public bool Disposed { get; private set; }

        public void Dispose() => Disposed = true;
    }
}
