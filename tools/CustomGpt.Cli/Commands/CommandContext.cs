using System.CommandLine;
using CustomGpt.Cli.Hosting;
using CustomGpt.Cli.Output;

namespace CustomGpt.Cli.Commands;

/// <summary>What a command's action works with: its parsed arguments, the SDK, the output, the host.</summary>
internal sealed class CommandContext(ParseResult parse, ApiConnection connection, CliOutput output, CliHost host, bool verbose, CancellationToken cancellationToken)
{
    public ParseResult Parse { get; } = parse;

    public CustomGptClient Api => Connection.Client;

    public ApiConnection Connection { get; } = connection;

    public CliOutput Output { get; } = output;

    public CliHost Host { get; } = host;

    /// <summary>Whether <c>--verbose</c> was given.</summary>
    public bool Verbose { get; } = verbose;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>The value of an argument; the parser has already insisted on the required ones.</summary>
    public T Get<T>(Argument<T> argument) => Parse.GetValue(argument)!;

    /// <summary>The value of an option, or its default.</summary>
    public T? Get<T>(Option<T> option) => Parse.GetValue(option);
}
