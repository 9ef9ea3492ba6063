using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Diff;

/// <summary>
/// Compares security: per operation, the alternatives a client may satisfy (any one of them will
/// do, so losing one breaks the clients that use it); per document, the mechanism of each scheme
/// both documents define.
/// </summary>
public static class SecurityComparer
{
    static readonly string[] MechanismKeys = ["type", "scheme", "in", "name", "openIdConnectUrl"];

    /// <summary>Reports the differences in the security requirements of one operation.</summary>
    public static void CompareOperation(ApiOperation old, ApiOperation @new, Location operation, ICollection<Change> changes)
    {
        var at = operation.Then("security");
        var (oldAlternatives, newAlternatives) = (old.SecurityAlternatives(), @new.SecurityAlternatives());
        foreach (var removed in oldAlternatives.Except(newAlternatives).Order(StringComparer.Ordinal))
            changes.Add(new Change(Rules.SecurityRequirementRemoved, at, $"{removed} no longer accepted"));
        foreach (var added in newAlternatives.Except(oldAlternatives).Order(StringComparer.Ordinal))
            changes.Add(new Change(Rules.SecurityRequirementAdded, at, $"{added} now accepted"));
    }

    /// <summary>Reports the security schemes defined in both documents whose mechanism differs.</summary>
    public static void CompareSchemes(ApiDocument old, ApiDocument @new, ICollection<Change> changes)
    {
        var oldSchemes = old.Root.SelectToken("components.securitySchemes") as JObject;
        var newSchemes = @new.Root.SelectToken("components.securitySchemes") as JObject;
        foreach (var scheme in oldSchemes?.Properties() ?? [])
        {
            if (newSchemes?[scheme.Name] is not JObject newScheme || scheme.Value is not JObject oldScheme) continue;
            var (was, now) = (Mechanism(old.References.Resolve(oldScheme)), Mechanism(@new.References.Resolve(newScheme)));
            if (was != now)
                changes.Add(new Change(Rules.SecuritySchemeChanged, Location.At($"security scheme {scheme.Name}", newScheme), $"{was} → {now}"));
        }
    }

    // HTTP auth scheme names are case-insensitive (Bearer = bearer).
    static string Mechanism(JObject scheme) => string.Join(" ", MechanismKeys
        .Where(k => scheme[k] is JValue)
        .Select(k => $"{k}={(k == "scheme" ? ((string?)scheme[k])?.ToLowerInvariant() : (string?)scheme[k])}"));
}
