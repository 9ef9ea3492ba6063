using System.CodeDom.Compiler;
using System.Reflection;
using System.Text.RegularExpressions;
using CustomGpt.SpecTool.Import;

namespace CustomGpt.Tests.GeneratedClient;

/// <summary>The generated client as a caller sees it: one method per operation, designed names only.</summary>
public partial class GeneratedClientShapeTests
{
    static readonly Assembly Sdk = typeof(CustomGptClient).Assembly;

    static IEnumerable<Type> GeneratedPublicTypes() =>
        Sdk.GetExportedTypes().Where(t => t.GetCustomAttribute<GeneratedCodeAttribute>() != null);

    static List<(string OperationId, string Where)> SpecOperations()
    {
        var spec = CanonicalJson.Parse(File.ReadAllText(RepoFiles.Spec), "spec");
        return OperationGuard.Operations(spec)
            .Select(o => ((string)o.Operation["operationId"]!, $"{o.Method.ToUpperInvariant()} {o.Path}")).ToList();
    }

    // Interface methods as operationIds: IAgentsClient.GetAsync is Agents_Get. The page walkers
    // (ListAllAsync) are listed apart; handwritten helpers such as streaming are not generated and
    // not counted.
    static (List<string> Methods, List<string> PagedMethods) PublicClientMethods()
    {
        var names = Sdk.GetExportedTypes()
            .Where(t => t.IsInterface && t.Name.EndsWith("Client", StringComparison.Ordinal) && t.GetCustomAttribute<GeneratedCodeAttribute>() != null)
            .SelectMany(t => t.GetMethods().Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal) && !m.Name.Contains("Stream"))
                .Select(m => (Area: t.Name[1..^"Client".Length], m.Name)))
            .ToList();
        static bool Paged(string name) => name.StartsWith("ListAll", StringComparison.Ordinal);
        return (
            names.Where(n => !Paged(n.Name)).Select(n => $"{n.Area}_{n.Name[..^"Async".Length]}").ToList(),
            names.Where(n => Paged(n.Name)).Select(n => $"{n.Area}_{n.Name.Replace("ListAll", "List")[..^"Async".Length]}").ToList());
    }

    [Fact]
    public void Every_operation_of_the_spec_maps_to_exactly_one_public_generated_method_and_back()
    {
        var operations = SpecOperations();
        var (methods, pagedMethods) = PublicClientMethods();

        var unmatched = operations.Where(o => methods.Count(m => m == o.OperationId) != 1)
            .Select(o => $"{o.Where} ({o.OperationId}): {methods.Count(m => m == o.OperationId)} methods").ToList();
        Assert.Empty(unmatched);
        Assert.Empty(methods.Except(operations.Select(o => o.OperationId)));
        Assert.Equal(45, methods.Count);
        Assert.Equal(["Agents_List", "Conversations_List", "Conversations_ListMessages", "Pages_List"], pagedMethods.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_envelopes_stay_inside_the_sdk_every_method_returns_its_payload()
    {
        // The {status, data} envelopes are generated (one per operation answering one) but internal:
        // no public type is an envelope and no public method returns or names one.
        var envelopes = Sdk.GetTypes().Where(t => t.Name.EndsWith("Envelope", StringComparison.Ordinal) && t.GetCustomAttribute<GeneratedCodeAttribute>() != null).ToList();
        Assert.NotEmpty(envelopes);
        Assert.All(envelopes, t => Assert.False(t.IsVisible, $"{t.Name} is public"));
        var publicMembers = Sdk.GetExportedTypes().SelectMany(t => t.GetMethods()).ToList();
        Assert.DoesNotContain(publicMembers, m => m.Name.Contains("Envelope", StringComparison.Ordinal)
            || m.ReturnType.ToString().Contains("Envelope", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_area_has_a_client_class_implementing_its_interface()
    {
        var areas = SpecOperations().Select(o => o.OperationId.Split('_')[0]).Distinct().ToList();
        Assert.Equal(13, areas.Count);
        foreach (var area in areas)
        {
            var client = Sdk.GetType($"CustomGpt.{area}Client");
            var contract = Sdk.GetType($"CustomGpt.I{area}Client");
            Assert.True(client != null && contract != null && contract.IsAssignableFrom(client), $"{area}: no {area}Client implementing I{area}Client");
            // Callers reach the class only through the interface, a property of the entry point.
            Assert.False(client.IsVisible, $"{area}Client is public");
            Assert.True(contract.IsPublic, $"I{area}Client is not public");
            Assert.Contains(typeof(CustomGptClient).GetProperties(), p => p.PropertyType == contract);
        }
    }

    [Fact]
    public void No_public_generated_type_has_an_accidental_name()
    {
        var accidental = GeneratedPublicTypes().Select(t => t.Name)
            .Where(n => AccidentalName().IsMatch(n) || n.Contains('_')).ToList();
        Assert.Empty(accidental);
        Assert.Contains(GeneratedPublicTypes(), t => t.Name == "AgentPage");
    }

    [Fact]
    public void No_public_generated_member_keeps_the_wire_format_snake_case()
    {
        var snake = GeneratedPublicTypes()
            .SelectMany(t => t.IsEnum
                ? t.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => $"{t.Name}.{f.Name}")
                : t.GetProperties().Select(p => $"{t.Name}.{p.Name}"))
            .Where(n => n.Contains('_')).ToList();
        Assert.Empty(snake);
    }

    [GeneratedRegex(@"^(Response|Body|Data|Anonymous)\d*$")]
    private static partial Regex AccidentalName();
}
