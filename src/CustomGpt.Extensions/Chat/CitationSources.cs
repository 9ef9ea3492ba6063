using Microsoft.Extensions.AI;

namespace CustomGpt.Extensions.Chat;

/// <summary>Looks up the sources of an answer's citations and turns them into annotations.</summary>
internal static class CitationSources
{
    public static async Task<IList<AIAnnotation>> AnnotationsAsync(ICitationsClient citations, int agentId, IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        var sources = await Task.WhenAll(ids.Select(id => ReadAsync(citations, agentId, id, cancellationToken))).ConfigureAwait(false);
        return sources.Where(source => source.HasValue).Select(source => (AIAnnotation)ToAnnotation(source!.Value)).ToList();
    }

    // The answer is what was asked for: a citation that cannot be read is left out rather than
    // failing it. Cancellation still ends the call.
    static async Task<(int Id, PageMetadata Page)?> ReadAsync(ICitationsClient citations, int agentId, int id, CancellationToken cancellationToken)
    {
        try
        {
            return (id, await citations.GetAsync(agentId, id, cancellationToken).ConfigureAwait(false));
        }
        catch (CustomGptApiException)
        {
            return null;
        }
    }

    static CitationAnnotation ToAnnotation((int Id, PageMetadata Page) source) => new()
    {
        Title = source.Page.Title,
        Url = Uri.TryCreate(source.Page.Url, UriKind.Absolute, out var url) ? url : null,
        Snippet = source.Page.Description,
        RawRepresentation = source.Page,
        AdditionalProperties = new AdditionalPropertiesDictionary { ["citation_id"] = source.Id },
    };
}
