using CustomGpt.SpecTool;

namespace CustomGpt.Tests.SpecDiff;

/// <summary><c>diff --base &lt;git-ref&gt; &lt;file&gt;</c>: the file in the working tree against itself at a ref, as a pull-request check runs it.</summary>
public sealed class GitBaseTests : IDisposable
{
    readonly string _folder = Directory.CreateTempSubdirectory("specdiff-git-").FullName;

    const string Spec = """
        {"openapi":"3.0.3","paths":{"/items":{"get":{"responses":{"200":{"description":"ok","content":{"application/json":{
          "schema":{"type":"object","properties":{"name":{"type":"string"}}}}}}}}}}}
        """;

    void Git(params string[] args)
    {
        var result = ProcessRun.Run("git", _folder, args, TimeSpan.FromMinutes(1));
        Assert.True(result.Exit == 0, $"git {string.Join(' ', args)}: {result.Error}");
    }

    static async Task<(int Exit, string Output, string Error)> Run(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = await DiffCommand.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task The_working_tree_file_is_compared_with_its_committed_self()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "spec"));
        var path = Path.Combine(_folder, "spec", "api.json");
        await File.WriteAllTextAsync(path, Spec);
        Git("init", "-q");
        Git("-c", "user.name=t", "-c", "user.email=t@example.com", "add", ".");
        Git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "spec");
        await File.WriteAllTextAsync(path, Spec.Replace("\"name\"", "\"title\""));

        var (exit, output, _) = await Run("--base", "HEAD", path);
        Assert.Equal(1, exit);
        Assert.Contains("response-property-removed  GET /items → response 200 → name", output);
        Assert.Contains("from HEAD:spec/api.json to", output);

        var (missing, _, error) = await Run("--base", "no-such-ref", path);
        Assert.Equal(2, missing);
        Assert.Contains("cannot read spec/api.json at no-such-ref", error);
    }

    [Fact]
    public async Task Outside_a_repository_or_with_two_files_base_says_why()
    {
        var path = Path.Combine(_folder, "api.json");
        await File.WriteAllTextAsync(path, Spec);
        var (exit, _, error) = await Run("--base", "main", path);
        Assert.Equal(2, exit);
        Assert.Contains("needs a git repository", error);
        Assert.Contains("give one document", (await Run("--base", "main", path, path)).Error);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
