using Newtonsoft.Json;

namespace CustomGpt.Json;

/// <summary>
/// Thrown by the SDK's converters for a value they cannot read (or, in strict mode, a value that
/// departs from the spec). Only this exception is ever forgiven by <see cref="ReadErrorHandler"/>:
/// malformed JSON and Newtonsoft's own failures (a required member missing) always fail the read.
/// </summary>
internal sealed class UnreadableValueException : JsonSerializationException
{
    public UnreadableValueException(string path, string expectedType, string found, bool strict)
        : base(strict
            ? $"Strict reads: expected {expectedType} at '{path}', found {found}."
            : $"Expected {expectedType} at '{path}', found {found}.")
    {
        ValuePath = path;
        ExpectedType = expectedType;
        Found = found;
        Fatal = strict;
    }

    public string ValuePath { get; }

    public string ExpectedType { get; }

    public string Found { get; }

    /// <summary>The value as the API sent it, to keep in the model's AdditionalProperties.</summary>
    public Newtonsoft.Json.Linq.JToken? Raw { get; set; }

    /// <summary>Set once the read has decided this fails (strict mode, or a required member): no outer level may forgive it.</summary>
    public bool Fatal { get; set; }
}
