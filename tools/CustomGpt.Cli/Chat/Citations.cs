using CustomGpt.Cli.Output;
using CustomGpt.Cli.Sandbox;

namespace CustomGpt.Cli.Chat;

/// <summary>The sources listed under an answer: each citation id looked up for its page title and URL.</summary>
internal static class Citations
{
    /// <summary>Looks the citations up together; one that cannot be looked up is still listed, by id.</summary>
    public static async Task<IReadOnlyList<Citation>> FetchAsync(CustomGptClient api, int agentId, IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        // The ids come from the answer, not from the person: in the sandbox they may be any recorded ones.
        using var chosenByCli = SandboxDifferences.ChosenByCli();
        return await Task.WhenAll(ids.Distinct().Select(async id =>
        {
            try
            {
                var page = await api.Citations.GetAsync(agentId, id, cancellationToken);
                return new Citation(id, page.Title, page.Url);
            }
            catch (CustomGptApiException)
            {
                return new Citation(id, null, null);
            }
        }));
    }

    public static void Write(CliOutput output, IReadOnlyList<Citation> citations)
    {
        if (citations.Count == 0) return;
        output.Write(Environment.NewLine + "Sources:" + Environment.NewLine);
        foreach (var citation in citations)
        {
            var title = citation.Title ?? "(no title)";
            var url = citation.Url is null ? "" : $" <{citation.Url}>";
            output.Write($"  [{citation.Id}] {title}{url}{Environment.NewLine}");
        }
    }
}
