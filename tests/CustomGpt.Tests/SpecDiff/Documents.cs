using CustomGpt.SpecTool.Diff;

namespace CustomGpt.Tests.SpecDiff;

/// <summary>Small hand-made OpenAPI documents for the rule tests, and the diff between two of them.</summary>
internal static class Documents
{
    /// <summary>A document with these <c>paths</c> and <c>components</c> (JSON text).</summary>
    public static ApiDocument Of(string paths, string components = "{}", string security = "null") =>
        ApiDocument.Parse($$"""
            {"openapi":"3.0.3","info":{"title":"t","version":"1"},"security":{{security}},"paths":{{paths}},"components":{{components}}}
            """, "test.json");

    /// <summary>The changes from the old paths to the new ones (components shared by both).</summary>
    public static IReadOnlyList<Change> Diff(string oldPaths, string newPaths, string components = "{}") =>
        ContractDiff.Compare(Of(oldPaths, components), Of(newPaths, components)).Changes;

    // Plain concatenation: the closing-brace runs of nested JSON defeat interpolated raw strings.

    /// <summary><c>GET /items</c> answering 200 with <paramref name="schema"/> as JSON.</summary>
    public static string RespondingWith(string schema) =>
        """{"/items":{"get":{"responses":{"200":{"description":"ok","content":{"application/json":{"schema":""" + schema + "}}}}}}}";

    /// <summary><c>POST /items</c> taking <paramref name="schema"/> as <paramref name="mediaType"/>, answering 204.</summary>
    public static string Taking(string schema, string mediaType = "application/json", bool required = true) =>
        """{"/items":{"post":{"requestBody":{"required":""" + (required ? "true" : "false") + ""","content":{""" +
        "\"" + mediaType + "\":{\"schema\":" + schema + """}}},"responses":{"204":{"description":"done"}}}}}""";

    /// <summary><c>GET /items/{id}</c> with these parameters (a JSON array), answering 204.</summary>
    public static string WithParameters(string parameters) =>
        """{"/items/{id}":{"get":{"parameters":""" + parameters + ""","responses":{"204":{"description":"done"}}}}}""";

    /// <summary>The one change the diff must report: its rule id and location.</summary>
    public static Change Only(IReadOnlyList<Change> changes, string ruleId, string location)
    {
        var change = Assert.Single(changes);
        Assert.Equal(ruleId, change.Rule.Id);
        Assert.Equal(location, change.Location.ToString());
        return change;
    }
}
