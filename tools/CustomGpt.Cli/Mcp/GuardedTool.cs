using CustomGpt.Cli.Output;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace CustomGpt.Cli.Mcp;

/// <summary>
/// A tool whose failures reach the client as a tool error it can show the model and the person: the
/// SDK's description of the failure (operation, status, the API's own message), which never holds the
/// key, and no stack trace. Left alone, the MCP library would answer "An error occurred" and nothing
/// more. A call the client cancels is noted on standard error and ends as cancelled.
/// </summary>
internal sealed class GuardedTool(McpServerTool tool, CliOutput output) : DelegatingMcpServerTool(tool)
{
    public override async ValueTask<CallToolResult> InvokeAsync(RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.InvokeAsync(request, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            output.Notice($"{ProtocolTool.Name}: cancelled by the client.");
            throw;
        }
        catch (CustomGptApiException error)
        {
            return Failure(error.Message);
        }
        // Our own refusals of bad input; protocol errors (unknown tool, bad arguments) stay protocol errors.
        catch (McpException error) when (error is not McpProtocolException)
        {
            return Failure(error.Message);
        }
    }

    static CallToolResult Failure(string message) => new() { IsError = true, Content = [new TextContentBlock { Text = message }] };
}
