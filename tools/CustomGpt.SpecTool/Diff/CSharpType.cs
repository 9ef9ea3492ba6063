namespace CustomGpt.SpecTool.Diff;

/// <summary>
/// The C# type a generator (NSwag, as nswag.json sets it up) gives a schema's type and format:
/// enough to tell whether a format change retypes a generated member (uuid → Guid) or not (email).
/// </summary>
public static class CSharpType
{
    /// <summary>The C# type name for <paramref name="schema"/>.</summary>
    public static string Of(SchemaView schema) => (schema.Type, schema.Format) switch
    {
        ("string", "uuid" or "guid") => "Guid",
        ("string", "date-time" or "date") => "DateTimeOffset",
        ("string", "duration" or "time-span") => "TimeSpan",
        ("string", "byte") => "byte[]",
        ("string", "binary") => "FileParameter",
        ("string", _) => "string",
        ("integer", "int64") => "long",
        ("integer", _) => "int",
        ("number", "float") => "float",
        ("number", "decimal") => "decimal",
        ("number", _) => "double",
        ("boolean", _) => "bool",
        ("array", _) => "ICollection",
        (null, _) => "object",
        var (type, _) => type,
    };
}
