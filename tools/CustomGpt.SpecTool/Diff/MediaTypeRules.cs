namespace CustomGpt.SpecTool.Diff;

/// <summary>The rules for the media types of a body (request or response) and the schema rules for its content.</summary>
/// <param name="Changed">The only media type was replaced by another.</param>
/// <param name="Removed">A media type disappeared.</param>
/// <param name="Added">A media type appeared.</param>
/// <param name="Schema">Rules for the schemas inside.</param>
public sealed record MediaTypeRules(DiffRule Changed, DiffRule Removed, DiffRule Added, SchemaRules Schema)
{
    /// <summary>For request bodies.</summary>
    public static readonly MediaTypeRules Request = new(Rules.RequestMediaTypeChanged, Rules.RequestMediaTypeRemoved, Rules.RequestMediaTypeAdded, Rules.Request);

    /// <summary>For response bodies.</summary>
    public static readonly MediaTypeRules Response = new(Rules.ResponseMediaTypeChanged, Rules.ResponseMediaTypeRemoved, Rules.ResponseMediaTypeAdded, Rules.Response);
}
