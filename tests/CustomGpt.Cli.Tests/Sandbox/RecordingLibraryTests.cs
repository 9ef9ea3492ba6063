using CustomGpt.Cli.Sandbox;
using CustomGpt.Cli.Tests.Infrastructure;

namespace CustomGpt.Cli.Tests.Sandbox;

/// <summary>The tool carries every recording of spec/recordings, so the sandbox works wherever it is installed.</summary>
public sealed class RecordingLibraryTests
{
    [Fact]
    public void Every_recording_file_is_embedded()
    {
        var onDisk = Directory.GetFiles(Path.Combine(Repository.Root, "spec", "recordings"), "*.json", SearchOption.AllDirectories)
            .Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        var embedded = RecordingLibrary.Load().Select(e => e.RecordingName).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(onDisk, embedded);
    }

    [Fact]
    public void Every_recording_expects_the_key_the_sandbox_sends()
    {
        foreach (var exchange in RecordingLibrary.Load())
        {
            var authorization = exchange.Mapping["Request"]?["Headers"]?.FirstOrDefault(h => (string?)h["Name"] == "Authorization");
            Assert.True(authorization is not null, $"{exchange.RecordingName} matches no Authorization header.");
            Assert.Equal("Bearer " + SandboxServer.ApiKey, (string?)authorization["Matchers"]![0]!["Pattern"]);
        }
    }

    [Fact]
    public void A_paged_recording_is_one_exchange_per_page()
    {
        var pages = RecordingLibrary.Load().Where(e => e.RecordingName == "Agents_List.paged").ToList();
        Assert.Equal(3, pages.Count);
        Assert.All(pages, page => Assert.Equal(3, page.SetSize));
    }
}
