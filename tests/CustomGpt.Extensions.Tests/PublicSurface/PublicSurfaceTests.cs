using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CustomGpt.Extensions.Tests.PublicSurface;

/// <summary>
/// The public surface of the two packages as a .NET design reviewer reads it, checked by reflection
/// on the built assemblies: a spec change (or a generator change) that brings back a snake_case
/// parameter, a long parameter list, generator plumbing or an undocumented member fails here.
/// </summary>
public sealed class PublicSurfaceTests
{
    static readonly Regex CamelCase = new("^[a-z][A-Za-z0-9]*$");

    [Fact]
    public void Every_parameter_is_camelCase()
    {
        var offenders = PublicMembers.Methods()
            .SelectMany(m => m.GetParameters().Select(p => (Method: m, Parameter: p.Name ?? "")))
            .Where(x => !CamelCase.IsMatch(x.Parameter))
            .Select(x => $"{PublicMembers.Describe(x.Method)}({x.Parameter})")
            .Distinct()
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void One_name_per_concept_the_agent_is_agentId()
    {
        string[] vendorNames = ["projectId", "project_id", "promptId", "body", "id"];
        var offenders = PublicMembers.Methods()
            .SelectMany(m => m.GetParameters().Where(p => vendorNames.Contains(p.Name)).Select(p => $"{PublicMembers.Describe(m)}({p.Name})"))
            .Distinct()
            .ToList();
        Assert.Empty(offenders);
        // And the id of an agent is called agentId everywhere it is taken first.
        var areaMethods = typeof(IAgentsClient).GetMethods().Where(m => m.GetParameters().FirstOrDefault()?.ParameterType == typeof(int));
        Assert.All(areaMethods, m => Assert.Equal("agentId", m.GetParameters()[0].Name));
    }

    [Fact]
    public void No_method_takes_more_than_eight_parameters()
    {
        var offenders = PublicMembers.Methods().Where(m => m.GetParameters().Length > 8).Select(PublicMembers.Describe).ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void No_Newtonsoft_or_generator_type_in_a_public_signature()
    {
        var offenders = PublicMembers.Types()
            .SelectMany(t => PublicMembers.Members(t).SelectMany(m => PublicMembers.SignatureTypes(m).Select(s => (Member: m, Type: s))))
            .Where(x => x.Type.Namespace?.StartsWith("Newtonsoft", StringComparison.Ordinal) == true)
            .Select(x => $"{PublicMembers.Describe(x.Member)}: {x.Type.FullName}")
            .Distinct()
            .ToList();
        Assert.Empty(offenders);

        var baseTypes = PublicMembers.Types().Where(t => t.BaseType?.Namespace?.StartsWith("Newtonsoft", StringComparison.Ordinal) == true).ToList();
        Assert.Empty(baseTypes);
    }

    [Fact]
    public void No_plumbing_is_public()
    {
        var names = PublicMembers.Types().Select(t => t.Name).ToList();
        Assert.DoesNotContain(names, n => n.EndsWith("Envelope", StringComparison.Ordinal) || n == "IEnvelope");
        Assert.DoesNotContain(names, n => n.EndsWith("Client", StringComparison.Ordinal) && !n.StartsWith('I') && n != nameof(CustomGptClient));
        Assert.DoesNotContain(names, n => n is "CustomGptClientBase" or "OperationRoute" or "CustomGptJson" or "ObjectResponseResult`1" or "CustomGptApiException`1");
        Assert.DoesNotContain(names, n => n.EndsWith("Converter", StringComparison.Ordinal));

        var members = PublicMembers.Types().SelectMany(t => PublicMembers.Members(t).Select(m => m.Name)).ToList();
        Assert.DoesNotContain(members, n => n.EndsWith("EnvelopeAsync", StringComparison.Ordinal));
        Assert.DoesNotContain(members, n => n is "ReadResponseAsString" or "JsonSerializerSettings" or "PrepareRequestAsync" or "ProcessResponseAsync");
        // The area clients are reached through CustomGptClient only: no public constructor skips its options.
        Assert.DoesNotContain(PublicMembers.Types(), t => t.Namespace == "CustomGpt" && t.Name.EndsWith("Client", StringComparison.Ordinal) && !t.IsInterface && t != typeof(CustomGptClient));
    }

    [Fact]
    public void No_parameter_that_the_method_does_not_serve()
    {
        var send = typeof(IConversationsClient).GetMethod(nameof(IConversationsClient.SendMessageAsync))!;
        Assert.DoesNotContain(send.GetParameters(), p => p.Name == "stream");
        // A required body is a required argument, never an optional last one.
        var bodies = PublicMembers.Methods().SelectMany(m => m.GetParameters()).Where(p => p.Name == "request");
        Assert.All(bodies, p => Assert.False(p.IsOptional, $"{p.Member.DeclaringType}.{p.Member.Name}: request is optional"));
    }

    [Theory]
    [InlineData(typeof(Agent), nameof(Agent.Id))]
    [InlineData(typeof(Conversation), nameof(Conversation.Id))]
    [InlineData(typeof(Conversation), nameof(Conversation.SessionId))]
    [InlineData(typeof(Message), nameof(Message.Id))]
    [InlineData(typeof(Page), nameof(Page.Id))]
    [InlineData(typeof(Source), nameof(Source.Id))]
    [InlineData(typeof(License), nameof(License.Id))]
    [InlineData(typeof(User), nameof(User.Id))]
    public void Ids_the_API_always_sends_are_not_nullable(Type model, string member)
    {
        var property = model.GetProperty(member)!;
        Assert.Null(Nullable.GetUnderlyingType(property.PropertyType));
        Assert.Equal(NullabilityState.NotNull, new NullabilityInfoContext().Create(property).ReadState);
    }

    [Fact]
    public void Every_public_member_is_documented_in_words()
    {
        foreach (var assembly in PublicMembers.Packages)
        {
            var xml = Path.ChangeExtension(assembly.Location, ".xml");
            var documented = XDocument.Load(xml).Descendants("member")
                .Where(m => m.Elements().Any(e => e.Name == "inheritdoc") || (m.Elements().Any(e => e.Name == "summary") && m.Value.Trim().Length > 0))
                .Select(m => (string)m.Attribute("name")!)
                .ToHashSet(StringComparer.Ordinal);
            var missing = PublicMembers.Types()
                .Where(t => t.Assembly == assembly)
                .SelectMany(t => new[] { "T:" + t.FullName }.Concat(PublicMembers.Members(t).Where(m => m is not ConstructorInfo { IsPublic: true } c || c.GetParameters().Length > 0 || !IsImplicit(c)).Select(m => Prefix(m) + t.FullName + "." + MemberName(m))))
                .Where(id => !documented.Any(d => d == id || d.StartsWith(id + "(", StringComparison.Ordinal) || d.StartsWith(id + "``", StringComparison.Ordinal)))
                .ToList();
            Assert.Empty(missing);

            var text = File.ReadAllText(xml);
            Assert.DoesNotContain("A server side error occurred", text);
            Assert.DoesNotContain("<returns>OK</returns>", text);
        }
    }

    static bool IsImplicit(ConstructorInfo constructor) =>
        constructor.DeclaringType!.GetConstructors().Length == 1 && constructor.GetParameters().Length == 0;

    static string Prefix(MemberInfo member) => member switch
    {
        MethodBase => "M:",
        PropertyInfo => "P:",
        FieldInfo => "F:",
        EventInfo => "E:",
        _ => "T:",
    };

    static string MemberName(MemberInfo member) => member is ConstructorInfo ? "#ctor" : member.Name;
}
