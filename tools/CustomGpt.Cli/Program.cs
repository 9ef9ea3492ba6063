using CustomGpt.Cli;
using CustomGpt.Cli.Hosting;

return await CustomGptCli.RunAsync(args, CliHost.FromProcess());
