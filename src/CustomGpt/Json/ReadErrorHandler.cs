using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace CustomGpt.Json;

/// <summary>
/// The one rule for a value the SDK cannot read: an optional member (or a list item) is left unset,
/// the issue reported and the value kept in the model's AdditionalProperties; the rest of the
/// answer is read. A required member fails the read, as does anything in strict mode.
/// Only <see cref="UnreadableValueException"/> is forgiven, so malformed JSON, a missing required
/// member (checked by <see cref="RequiredMembers"/> for the SDK's models, by Newtonsoft for
/// others) and every other failure still fail the whole read.
/// </summary>
internal static class ReadErrorHandler
{
    public static void OnError(object? sender, Newtonsoft.Json.Serialization.ErrorEventArgs args)
    {
        var context = args.ErrorContext;
        if (context.Error is not UnreadableValueException unreadable || unreadable.Fatal) return;
        // Newtonsoft raises the event again at every enclosing level: decide once, where the value is.
        if (args.CurrentObject is null || !ReferenceEquals(args.CurrentObject, context.OriginalObject) || context.Member is null) return;
        if (ReadSession.IsStrict || IsRequired(args.CurrentObject, context.Member))
        {
            unreadable.Fatal = true;
            return;
        }
        context.Handled = true;
        if (context.Member is string name && unreadable.Raw is { } raw &&
            TolerantContractResolver.Instance.ResolveContract(args.CurrentObject.GetType()) is JsonObjectContract { ExtensionDataSetter: { } keep })
            keep(args.CurrentObject, name, raw);
        ReadSession.Current?.Report(unreadable);
    }

    static bool IsRequired(object model, object member) =>
        member is string name &&
        TolerantContractResolver.Instance.ResolveContract(model.GetType()) is JsonObjectContract contract &&
        contract.Properties.GetProperty(name, StringComparison.Ordinal) is { } property &&
        RequiredMembers.KindOf(contract, property) is Required.Always or Required.AllowNull;
}
