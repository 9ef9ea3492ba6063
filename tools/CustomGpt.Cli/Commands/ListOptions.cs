using System.CommandLine;

namespace CustomGpt.Cli.Commands;

/// <summary>The paging options of a list command: one page by default, <c>--page N</c>, or <c>--all</c>.</summary>
internal sealed class ListOptions
{
    public Option<bool> All { get; } = new("--all") { Description = "Fetch every page (from --page on) and show them as one list." };

    public Option<int> Page { get; } = new("--page") { Description = "The page to show, from 1.", DefaultValueFactory = _ => 1, HelpName = "n" };

    /// <summary>Adds the options to <paramref name="command"/> and returns them.</summary>
    public static ListOptions AddTo(Command command)
    {
        var options = new ListOptions();
        options.Page.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1) result.AddError("--page counts from 1.");
        });
        command.Options.Add(options.All);
        command.Options.Add(options.Page);
        return options;
    }
}
