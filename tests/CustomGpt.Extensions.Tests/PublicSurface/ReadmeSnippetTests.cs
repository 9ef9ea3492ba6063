using System.Text.RegularExpressions;
using CustomGpt.Extensions.Tests.Packaging;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CustomGpt.Extensions.Tests.PublicSurface;

/// <summary>
/// The C# in the READMEs compiles, unchanged, against the SDK as built: every ```csharp block of a
/// README, in order, as the body of one async method (as a reader would paste them), with the ids
/// the snippets take for granted (agentId, citationId...) as its parameters.
/// </summary>
public sealed class ReadmeSnippetTests
{
    [Theory]
    [InlineData("README.md")]
    [InlineData("src/CustomGpt/README.md")]
    public void Csharp_blocks_compile(string readme)
    {
        var markdown = File.ReadAllText(Path.Combine(RepositoryRoot.Path, readme));
        var blocks = Regex.Matches(markdown, "```csharp\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(blocks);

        var lines = string.Join("\n", blocks).Split('\n');
        var usings = lines.Where(l => l.StartsWith("using ", StringComparison.Ordinal) && l.TrimEnd().EndsWith(';') && !l.Contains('=')).Distinct();
        var body = string.Join("\n", lines.Where(l => !usings.Contains(l)));
        var declared = (string name) => Regex.IsMatch(body, $@"\b(var|using var)\s+{name}\s*=");
        string[] parameters =
        [
            .. declared("client") ? [] : new[] { "CustomGptClient client" },
            "int agentId", "int citationId", "string key", "System.Net.Http.HttpClient httpClient",
        ];
        var source = $$"""
            using System; using System.Collections.Generic; using System.IO; using System.Linq; using System.Threading.Tasks;
            {{string.Join("\n", usings)}}
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
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.True(errors.Count == 0, $"{readme} does not compile:\n{string.Join("\n", errors)}\n\n{source}");
    }

    static IEnumerable<MetadataReference> References() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat([typeof(CustomGptClient).Assembly.Location, typeof(Newtonsoft.Json.JsonConvert).Assembly.Location,
                     typeof(Microsoft.Kiota.Abstractions.Authentication.IAccessTokenProvider).Assembly.Location])
            .Distinct()
            .Select(path => MetadataReference.CreateFromFile(path));
}
