using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace CustomGpt.Tests.Ci;

/// <summary>
/// The CI templates in eng/ci/ other teams copy: well-formed YAML of the right shape, and every
/// repository path a step runs exists (a renamed script would otherwise break only in their CI).
/// .ci/run also checks the GitHub workflow against the Actions schema with action-validator.
/// </summary>
public partial class CiTemplateTests
{
    static YamlMappingNode Load(string name)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepoFiles.Root, "eng", "ci", name))));
        return Assert.IsType<YamlMappingNode>(stream.Documents.Single().RootNode);
    }

    static YamlNode? Get(YamlMappingNode node, string key) => node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    static IEnumerable<YamlMappingNode> Mappings(YamlNode? node) => (node as YamlSequenceNode)?.Children.OfType<YamlMappingNode>() ?? [];

    [Fact]
    public void The_github_workflow_has_jobs_of_steps_that_each_use_an_action_or_run_a_command()
    {
        var workflow = Load("github-actions.yml");
        Assert.NotNull(Get(workflow, "on"));
        var jobs = Assert.IsType<YamlMappingNode>(Get(workflow, "jobs"));
        Assert.Equal(["build", "drift"], jobs.Children.Keys.Select(k => k.ToString()));
        foreach (var (_, job) in jobs.Children.Select(p => (p.Key, (YamlMappingNode)p.Value)))
        {
            Assert.NotNull(Get(job, "runs-on"));
            var steps = Mappings(Get(job, "steps")).ToList();
            Assert.NotEmpty(steps);
            Assert.All(steps, step => Assert.True(Get(step, "uses") is null != Get(step, "run") is null, $"a step must either use an action or run a command: {step}"));
            Assert.All(steps.Select(s => Get(s, "uses")).OfType<YamlScalarNode>(), uses => Assert.Matches("^[\\w.-]+/[\\w.-]+(/[\\w.-]+)?@v\\d+$", uses.Value!));
        }
        var drift = (YamlMappingNode)jobs.Children[new YamlScalarNode("drift")];
        Assert.Contains("pull_request", Get(drift, "if")!.ToString());
        Assert.Contains(Mappings(Get(drift, "steps")), s => Get(s, "uses")?.ToString() == "github/codeql-action/upload-sarif@v3");
    }

    [Fact]
    public void The_azure_pipeline_has_jobs_of_steps_that_each_run_a_script_or_a_task()
    {
        var pipeline = Load("azure-pipelines.yml");
        var jobs = Mappings(Get(pipeline, "jobs")).ToList();
        Assert.Equal(["build", "drift"], jobs.Select(j => Get(j, "job")!.ToString()));
        foreach (var job in jobs)
        {
            var steps = Mappings(Get(job, "steps")).ToList();
            Assert.NotEmpty(steps);
            Assert.All(steps, step => Assert.Single(new[] { "script", "task", "checkout" }, k => Get(step, k) != null));
        }
        Assert.Contains("PullRequest", Get(jobs[1], "condition")!.ToString());
        Assert.Contains(Mappings(Get(jobs[1], "steps")), s => Get(s, "inputs") is YamlMappingNode inputs && Get(inputs, "ArtifactName")?.ToString() == "CodeAnalysisLogs");
    }

    [Theory]
    [InlineData("github-actions.yml", "run", "env")]
    [InlineData("azure-pipelines.yml", "script", "variables")]
    public void Every_repository_path_a_step_runs_exists(string template, string commandKey, string variablesKey)
    {
        var root = Load(template);
        var variables = (Get(root, variablesKey) as YamlMappingNode)?.Children.ToDictionary(p => p.Key.ToString(), p => p.Value.ToString()) ?? [];
        var commands = AllMappings(root).Select(m => Get(m, commandKey)).OfType<YamlScalarNode>().Select(s => s.Value!).ToList();
        Assert.NotEmpty(commands);
        var paths = commands
            .Select(c => Variable().Replace(c, m => variables.GetValueOrDefault(m.Groups[1].Value + m.Groups[2].Value, m.Value)))
            .SelectMany(c => RepositoryPath().Matches(c).Select(m => m.Value))
            .Distinct().ToList();
        Assert.Contains(".ci/run", paths);
        Assert.Contains("eng/ci/drift-check.sh", paths);
        Assert.Contains("spec/customgpt.openapi.json", paths);
        Assert.All(paths, path => Assert.True(File.Exists(Path.Combine(RepoFiles.Root, path)) || Directory.Exists(Path.Combine(RepoFiles.Root, path)),
            $"{template} runs {path}, which is not in the repository"));
        if (!OperatingSystem.IsWindows())
            Assert.True(File.GetUnixFileMode(Path.Combine(RepoFiles.Root, "eng", "ci", "drift-check.sh")).HasFlag(UnixFileMode.UserExecute));
    }

    static IEnumerable<YamlMappingNode> AllMappings(YamlNode node) => node switch
    {
        YamlMappingNode mapping => mapping.Children.Values.SelectMany(AllMappings).Prepend(mapping),
        YamlSequenceNode sequence => sequence.Children.SelectMany(AllMappings),
        _ => [],
    };

    // $SPEC (a shell variable from env:) and $(SPEC) (an Azure variable).
    [GeneratedRegex(@"\$\(?([A-Z_]+)\)?|\$\{([A-Z_]+)\}")]
    private static partial Regex Variable();

    [GeneratedRegex(@"(?<![\w/$.(-])(?:\.ci/run|(?:eng|tools|spec|src|tests)/[\w./-]+|Generated\.sln)")]
    private static partial Regex RepositoryPath();
}
