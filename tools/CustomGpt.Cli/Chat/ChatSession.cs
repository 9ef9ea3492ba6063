using System.Text;
using CustomGpt.Cli.Output;

namespace CustomGpt.Cli.Chat;

/// <summary>
/// A conversation with an agent: each question is sent in the same session, so the agent keeps the
/// context; the answer is written to the terminal as it arrives, then the sources it cites.
/// </summary>
internal sealed class ChatSession(CustomGptClient api, int agentId, string sessionId, string? language, CliOutput output)
{
    public string SessionId { get; } = sessionId;

    /// <summary>Asks <paramref name="question"/>; with <c>--json</c> the answer is printed whole once complete.</summary>
    public async Task AskAsync(string question, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        MessageStreamEvent? finish = null;
        var request = new SendMessageRequest { Prompt = question, Lang = language };
        await foreach (var streamed in api.Conversations.SendMessageStreamAsync(agentId, SessionId, request, cancellationToken))
        {
            if (streamed.Status == MessageStreamStatus.Progress && !string.IsNullOrEmpty(streamed.Message))
            {
                text.Append(streamed.Message);
                if (!output.IsJson) output.Write(streamed.Message);
            }
            else if (streamed.Status == MessageStreamStatus.Finish)
            {
                finish = streamed;
            }
        }
        if (!output.IsJson) output.Write(Environment.NewLine);

        var citations = await Citations.FetchAsync(api, agentId, finish?.Citations ?? [], cancellationToken);
        var answer = new ChatAnswer(finish?.SessionId ?? SessionId, finish?.Id, question, text.ToString(), citations);
        if (output.IsJson) output.WriteJson(answer);
        else Citations.Write(output, citations);
    }
}
