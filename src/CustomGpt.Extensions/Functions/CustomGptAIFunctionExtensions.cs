using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using CustomGpt.Extensions.Functions;
using Microsoft.Extensions.AI;

namespace CustomGpt;

/// <summary>Exposes a CustomGPT.ai agent as a Microsoft.Extensions.AI <see cref="AIFunction"/>: a tool for any chat client.</summary>
public static class CustomGptAIFunctionExtensions
{
    const int MaxNameLength = 64;

    // The overloads differ in the type of their first required parameter (an id or an agent), so no call
    // can bind to both, whatever optional parameters either gains later.
    const string OverloadsDiffer = "The overloads take an id or an agent: a call cannot be ambiguous between them.";

    /// <summary>
    /// A function that asks the agent <paramref name="agentId"/> a question, for a chat client of any
    /// provider to call (through Microsoft.Extensions.AI's <c>FunctionInvokingChatClient</c>, i.e. <c>UseFunctionInvocation()</c>).
    /// </summary>
    /// <remarks>
    /// <para>
    /// The model passes <c>question</c>, and optionally the <c>sessionId</c> of an earlier answer to ask a
    /// follow-up in the same conversation. The function answers with a JSON object: <c>answer</c> (the
    /// agent's text), <c>sessionId</c> and <c>citations</c> (the <c>title</c> and <c>url</c> of each source
    /// cited, once each):
    /// </para>
    /// <code>
    /// var handbook = client.AsAIFunction(agentId, new() { Description = "Answers questions about our product from its handbook." });
    /// IChatClient chat = otherProviderClient.AsBuilder().UseFunctionInvocation().Build();
    /// var response = await chat.GetResponseAsync("How do I reset my password?", new ChatOptions { Tools = [handbook] });
    /// </code>
    /// <para>
    /// A failure of the API is thrown as the SDK's <see cref="CustomGptApiException"/> (its message names the
    /// operation, the status and the API's own message, never the key); the function-invoking client turns
    /// it into the function's result, with the message when its <c>IncludeDetailedErrors</c> is set.
    /// Cancelling the chat call cancels the question. The function does not own <paramref name="client"/>.
    /// </para>
    /// </remarks>
    /// <param name="client">The SDK client to send through.</param>
    /// <param name="agentId">The agent (project) id.</param>
    /// <param name="options">Name, description and citation lookup; defaults when null.</param>
    /// <returns>The function, to put in <see cref="ChatOptions.Tools"/>.</returns>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = OverloadsDiffer)]
    public static AIFunction AsAIFunction(this CustomGptClient client, int agentId, CustomGptAIFunctionOptions? options = null)
    {
        if (client is null) throw new ArgumentNullException(nameof(client));
        var id = agentId.ToString(CultureInfo.InvariantCulture);
        return Create(client, agentId, options, "ask_agent_" + id, $"the knowledge base of CustomGPT.ai agent {id}");
    }

    /// <summary>
    /// A function that asks <paramref name="agent"/> a question, named and described after it by default
    /// (<c>ask_product_handbook</c>, "Asks the Product handbook knowledge base..."). See
    /// <see cref="AsAIFunction(CustomGptClient, int, CustomGptAIFunctionOptions?)"/> for the arguments and
    /// the result.
    /// </summary>
    /// <param name="client">The SDK client to send through.</param>
    /// <param name="agent">The agent, as <c>client.Agents.GetAsync</c> or a list returns it.</param>
    /// <param name="options">Name, description and citation lookup; defaults when null.</param>
    /// <returns>The function, to put in <see cref="ChatOptions.Tools"/>.</returns>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = OverloadsDiffer)]
    public static AIFunction AsAIFunction(this CustomGptClient client, Agent agent, CustomGptAIFunctionOptions? options = null)
    {
        if (client is null) throw new ArgumentNullException(nameof(client));
        if (agent is null) throw new ArgumentNullException(nameof(agent));
        var agentId = agent.Id;
        var id = agentId.ToString(CultureInfo.InvariantCulture);
        var name = agent.ProjectName is { Length: > 0 } projectName ? projectName : null;
        return Create(client, agentId, options,
            name is null ? "ask_agent_" + id : NameFor(name, id),
            name is null ? $"the knowledge base of CustomGPT.ai agent {id}" : $"the {name} knowledge base");
    }

    static AIFunction Create(CustomGptClient client, int agentId, CustomGptAIFunctionOptions? options, string defaultName, string knowledgeBase)
    {
        options ??= new CustomGptAIFunctionOptions();
        var chat = client.AsChatClient(agentId, new CustomGptChatClientOptions { ResolveCitations = options.ResolveCitations });
        return AIFunctionFactory.Create(new AgentQuestion(chat).AskAsync, new AIFunctionFactoryOptions
        {
            Name = string.IsNullOrWhiteSpace(options.Name) ? defaultName : options.Name,
            Description = string.IsNullOrWhiteSpace(options.Description)
                ? $"Asks {knowledgeBase} a question. It answers from its own documents only, with the sources it cites (title and URL). " +
                  "Pass the sessionId of an earlier answer to ask a follow-up in the same conversation."
                : options.Description,
        });
    }

    // "Product handbook" -> "ask_product_handbook": the characters every provider accepts in a name. A
    // name with none of them (all non-Latin, say) falls back to the id.
    static string NameFor(string agentName, string id)
    {
        var name = new StringBuilder("ask_");
        foreach (var c in agentName.ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9')) name.Append(c);
            else if (name[name.Length - 1] != '_') name.Append('_');
        }
        var text = name.ToString().TrimEnd('_');
        if (text.Length <= "ask".Length) return "ask_agent_" + id;
        // Stryker disable once Equality : at exactly MaxNameLength characters, cutting there gives the same name (text never ends in "_").
        return text.Length <= MaxNameLength ? text : text.Substring(0, MaxNameLength).TrimEnd('_');
    }
}
