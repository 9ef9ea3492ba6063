using System.Text;

namespace CustomGpt.Cli.Tests.Infrastructure;

/// <summary>Splits a command line as a POSIX shell would for the simple cases the README uses: spaces, "double" and 'single' quotes.</summary>
public static class ShellWords
{
    public static string[] Split(string commandLine)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;
        foreach (var c in commandLine)
        {
            if (quote is { } open)
            {
                if (c == open) quote = null;
                else word.Append(c);
            }
            else if (c is '"' or '\'')
            {
                quote = c;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord) words.Add(word.ToString());
                word.Clear();
                inWord = false;
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }
        if (quote is not null) throw new FormatException($"Unclosed quote in: {commandLine}");
        if (inWord) words.Add(word.ToString());
        return [.. words];
    }
}
