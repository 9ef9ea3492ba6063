using CustomGpt.ContractTests.Calls;
using CustomGpt.ContractTests.Replay;
using CustomGpt.SpecTool.Verify;
using Newtonsoft.Json.Linq;

namespace CustomGpt.ContractTests.Faults;

/// <summary>
/// One SDK call the matrix puts under every fault: each operation of the spec with the call of its
/// success recording, and the two streaming calls. The fault replaces the answer of the
/// recording's method and path; what the server would have answered is that recording's response.
/// </summary>
public sealed class FaultTarget
{
    // The calls of OperationCalls that upload a file: a stream the SDK must never send twice.
    static readonly HashSet<string> FileUploads = new(StringComparer.Ordinal) { "Sources_Create", "Users_Update" };

    static readonly string[] StreamingCalls = ["Conversations_SendMessage.stream", "Conversations_SendMessageOpenAi.stream"];

    FaultTarget(RecordingFile recording)
    {
        Name = recording.Case == "success" ? recording.OperationId : $"{recording.OperationId}.{recording.Case}";
        OperationId = recording.OperationId;
        Success = recording.Exchanges[0];
        var request = (JObject)Success.Mapping["Request"]!;
        Method = (string)request["Methods"]![0]!;
        Path = (string)request["Path"]!["Matchers"]![0]!["Pattern"]!;
        Call = OperationCalls.For(recording.OperationId, recording.Case)
            ?? throw new InvalidOperationException($"OperationCalls has no call for {recording.Name}.");
        Shape = Success.ContentType switch
        {
            "text/event-stream" => ResponseShape.EventStream,
            { } type when RecordedExchange.IsJson(type) => ResponseShape.Json,
            _ => ResponseShape.File,
        };
    }

    /// <summary>The operation, or <c>operation.stream</c> for a streaming call.</summary>
    public string Name { get; }

    /// <summary>The spec's operationId, which a failure must name.</summary>
    public string OperationId { get; }

    /// <summary>The HTTP method, upper case.</summary>
    public string Method { get; }

    /// <summary>The path the call requests, as its recording matches it.</summary>
    public string Path { get; }

    /// <summary>The SDK call.</summary>
    public ContractCall Call { get; }

    /// <summary>The recorded success answer: what the fault breaks, or what follows it once the fault has passed.</summary>
    public RecordedExchange Success { get; }

    /// <summary>How the SDK reads the success answer.</summary>
    public ResponseShape Shape { get; }

    /// <summary>GET, PUT or DELETE: the SDK may send it again.</summary>
    public bool IsIdempotent => Method is "GET" or "PUT" or "DELETE";

    /// <summary>The call sends a file, whose stream the SDK does not replay even when the connection was refused.</summary>
    public bool UploadsFile => FileUploads.Contains(OperationId);

    public override string ToString() => Name;

    static readonly Lazy<IReadOnlyList<FaultTarget>> LazyAll = new(Load);

    /// <summary>Every operation of the spec, in the spec's order, then the streaming calls.</summary>
    public static IReadOnlyList<FaultTarget> All => LazyAll.Value;

    /// <summary>The target called <paramref name="name"/>.</summary>
    public static FaultTarget Named(string name) => All.Single(target => target.Name == name);

    static IReadOnlyList<FaultTarget> Load()
    {
        var operations = Contract.Spec.Operations.Values.ToList();
        foreach (var upload in FileUploads)
            if (Contract.Spec.Operations[upload].Api.RequestBody()?["content"]?["multipart/form-data"] is null)
                throw new InvalidOperationException($"{upload} is listed as a file upload, but the spec gives it no multipart/form-data body.");
        var names = operations.Select(o => $"{o.OperationId}.success").Concat(StreamingCalls);
        return names.Select(name => new FaultTarget(RecordingNamed(name))).ToList();
    }

    static RecordingFile RecordingNamed(string name) =>
        Contract.Recordings.Values.SingleOrDefault(file => $"{file.OperationId}.{file.Case}" == name)
            ?? throw new InvalidOperationException($"spec/recordings has no {name} recording.");
}
