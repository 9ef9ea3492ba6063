using CustomGpt.SpecTool;

// customgpt-spec <verb> ...: import (vendor document + our overlays and docs -> our spec), diff (contract changes
// between two documents), verify (recorded exchanges against our spec), record (a recording proxy).
return await SpecToolCli.RunAsync(args, Console.Out, Console.Error, Console.In);
