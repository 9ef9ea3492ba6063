using System.CommandLine;
using System.Globalization;

namespace CustomGpt.Cli.Commands;

/// <summary>The paging options of a list command: one page by default, <c>--page N</c>, or <c>--all</c>.</summary>
internal sealed class ListOptions
{
    public Option<bool> All { get; } = new("--all") { Description = "Fetch every page (from --page on) and show them as one list." };

    public Option<int> Page { get; } = new("--page")
    {
        Description = "The page to show, from 1.",
        DefaultValueFactory = _ => 1,
        HelpName = "n",
        CustomParser = result =>
        {
            if (result.Tokens.Count == 0) return 1;
            var text = result.Tokens.Single().Value;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1) return page;
            result.AddError($"--page takes a number from 1, got '{text}'");
            return 1;
        },
    };

    /// <summary>Adds the options to <paramref name="command"/> and returns them.</summary>
    public static ListOptions AddTo(Command command)
    {
        var options = new ListOptions();
        command.Options.Add(options.All);
        command.Options.Add(options.Page);
        return options;
    }
}
