using System.Text.RegularExpressions;
using CustomGpt.Extensions.Tests.Packaging;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CustomGpt.Extensions.Tests.PublicSurface;

/// <summary>
/// The C# in the READMEs compiles, unchanged, against the SDK as built: the ```csharp blocks of each
/// README section, in order, as the body of one async method (as a reader would paste them), with the
/// values the snippets take for granted (the client, agentId, citationId...) as its parameters.
/// </summary>
public sealed class ReadmeSnippetTests
{
    [Theory]
    [InlineData("README.md")]
    [InlineData("src/CustomGpt/README.md")]
    public void Csharp_blocks_compile(string readme)
    {
        var markdown = File.ReadAllText(Path.Combine(RepositoryRoot.Path, readme));
        var sections = Regex.Split(markdown, "^## ", RegexOptions.Multiline)
            .Select(section => Regex.Matches(section, "```csharp\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList())
            .Where(blocks => blocks.Count > 0)
            .ToList();
        Assert.NotEmpty(sections);

        // Each section is compiled on its own: a reader pastes a section's blocks together.
        var errors = sections.SelectMany(blocks => Compile(string.Join("\n", blocks))).ToList();
        Assert.True(errors.Count == 0, $"{readme} does not compile:\n{string.Join("\n", errors)}");
    }

    static IEnumerable<string> Compile(string code)
    {
        var lines = code.Split('\n');
        var usings = lines.Where(l => l.StartsWith("using ", StringComparison.Ordinal) && l.TrimEnd().EndsWith(';') && !l.Contains('=')).Distinct().ToList();
        var body = string.Join("\n", lines.Where(l => !usings.Contains(l)));
        bool Declared(string name) => Regex.IsMatch(body, $@"\b(var|[A-Z][\w<>?]*)\s+{name}\s*=");
        bool Used(string name) => Regex.IsMatch(body, $@"\b{name}\b");
        // The values a snippet takes for granted, as parameters of the method it becomes.
        (string Name, string Declaration)[] givens =
        [
            ("client", "CustomGptClient client"), ("agentId", "int agentId"), ("citationId", "int citationId"), ("key", "string key"), ("conversation", "Conversation conversation"),
            ("httpClient", "System.Net.Http.HttpClient httpClient"), ("otherProviderChatClient", "Microsoft.Extensions.AI.IChatClient otherProviderChatClient"),
        ];
        var parameters = givens.Where(g => Used(g.Name) && !Declared(g.Name)).Select(g => g.Declaration);
        var source = $$"""
            using System; using System.Collections.Generic; using System.IO; using System.Linq; using System.Threading.Tasks; using CustomGpt;
            {{string.Join("\n", usings.Where(u => u.Trim() != "using CustomGpt;"))}}
            static class Snippets
            {
                static async Task Run({{string.Join(", ", parameters)}})
                {
            {{body}}
                }
            }
            """;
        var compilation = CSharpCompilation.Create("ReadmeSnippets",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => $"{d}\n{source}");
    }

    static IEnumerable<MetadataReference> References() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat([typeof(CustomGptClient).Assembly.Location, typeof(Newtonsoft.Json.JsonConvert).Assembly.Location,
                     typeof(Microsoft.Kiota.Abstractions.Authentication.IAccessTokenProvider).Assembly.Location,
                     typeof(CustomGptChatClientExtensions).Assembly.Location, typeof(Microsoft.Extensions.AI.IChatClient).Assembly.Location,
                     typeof(Microsoft.Extensions.AI.FunctionInvokingChatClient).Assembly.Location])
            .Distinct()
            .Select(path => MetadataReference.CreateFromFile(path));
}
