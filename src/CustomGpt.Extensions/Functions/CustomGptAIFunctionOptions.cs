using Microsoft.Extensions.AI;

namespace CustomGpt;

/// <summary>How <see cref="CustomGptAIFunctionExtensions.AsAIFunction(CustomGptClient, int, CustomGptAIFunctionOptions?)"/> presents an agent to a model.</summary>
public sealed class CustomGptAIFunctionOptions
{
    /// <summary>
    /// The function's name as the model sees it. Models accept letters, digits, <c>_</c> and <c>-</c>, up
    /// to 64 characters. Default: <c>ask_</c> and the agent's name (<c>ask_product_handbook</c>) when the
    /// agent is given, else <c>ask_agent_</c> and its id.
    /// </summary>
    public string? Name { get; set; }

    /// <summary>
    /// What the model reads to decide when to call the function: say what the knowledge base covers.
    /// Default: a sentence naming the agent's knowledge base and what the function answers.
    /// </summary>
    public string? Description { get; set; }

    /// <summary>
    /// Whether the sources an answer cites are looked up (one request per citation, in parallel) so the
    /// result lists their titles and URLs. Default true; when false, the result's citations are empty.
    /// </summary>
    public bool ResolveCitations { get; set; } = true;
}
