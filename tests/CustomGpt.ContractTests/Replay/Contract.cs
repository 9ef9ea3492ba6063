using CustomGpt.SpecTool;
using CustomGpt.SpecTool.Verify;

namespace CustomGpt.ContractTests.Replay;

/// <summary>The checked-in contract: the spec and its recordings, read once for the whole run.</summary>
public static class Contract
{
    /// <summary>The repository root.</summary>
    public static string Root { get; } = RepositoryRoot.Find(AppContext.BaseDirectory);

    static readonly Lazy<SpecContract> LazySpec = new(() => SpecContract.Load(Path.Combine(Root, "spec", "customgpt.openapi.json")));
    static readonly Lazy<IReadOnlyDictionary<string, RecordingFile>> LazyRecordings =
        new(() => RecordingFile.LoadAll(RecordingsFolder).ToDictionary(f => f.Name, StringComparer.Ordinal));

    /// <summary>spec/recordings.</summary>
    public static string RecordingsFolder => Path.Combine(Root, "spec", "recordings");

    /// <summary>spec/customgpt.openapi.json.</summary>
    public static SpecContract Spec => LazySpec.Value;

    /// <summary>Every recording by name (<c>Agents/Agents_Get.success</c>).</summary>
    public static IReadOnlyDictionary<string, RecordingFile> Recordings => LazyRecordings.Value;

    /// <summary>The recording names as theory data: one test case per file, named after it.</summary>
    public static TheoryData<string> Names(Func<RecordingFile, bool>? filter = null)
    {
        var data = new TheoryData<string>();
        foreach (var file in Recordings.Values.Where(filter ?? (_ => true))) data.Add(file.Name);
        return data;
    }
}
