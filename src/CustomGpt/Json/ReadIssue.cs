namespace CustomGpt;

/// <summary>
/// One value of a successful answer that the SDK could not read as the type it expected. The
/// member it belongs to was left unset (null or default) and the rest of the answer was returned;
/// when the model has <c>AdditionalProperties</c>, the value the API sent is kept there under its
/// JSON name. Describes where and what, never the value itself (it may be personal data).
/// </summary>
public sealed class ReadIssue
{
    internal ReadIssue(string operationId, string path, string expectedType, string found)
    {
        OperationId = operationId;
        Path = path;
        ExpectedType = expectedType;
        Found = found;
    }

    /// <summary>The operation whose answer (or streamed event) held the value, e.g. <c>Agents_Get</c>.</summary>
    public string OperationId { get; }

    /// <summary>Where the value was, as a JSON path from the root of the body or event, e.g. <c>data.data[3].citations[0]</c>.</summary>
    public string Path { get; }

    /// <summary>What the SDK expected there, e.g. <c>integer</c>, <c>AgentType</c>, <c>object Agent</c>.</summary>
    public string ExpectedType { get; }

    /// <summary>The kind of JSON value found instead, e.g. <c>a string</c> or <c>an object</c> (not the value).</summary>
    public string Found { get; }

    /// <summary>Describes the issue, without the value.</summary>
    public override string ToString() => $"{OperationId}: {Path} was {Found} where {ExpectedType} was expected; left unset";
}
