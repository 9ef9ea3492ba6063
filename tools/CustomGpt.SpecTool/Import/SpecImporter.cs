using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Import;

/// <summary>
/// Builds our contract from the vendor's document: strip the vendor's prose, apply our overlay,
/// give schemas their designed names, check that nothing unnamed or undescribed is left, and
/// write the result canonically.
/// </summary>
public static class SpecImporter
{
    /// <summary>Returns the text of spec/customgpt.openapi.json for these inputs.</summary>
    public static string Import(string vendorJson, string overlayJson)
    {
        var document = CanonicalJson.Parse(vendorJson, "The vendor document");
        var overlay = CanonicalJson.Parse(overlayJson, "The overlay");

        ProseStripper.Strip(document);
        OverlayApplier.Apply(document, overlay);
        SchemaNamer.Apply(document);
        EnvelopePayloads.Apply(document);
        ClientHints.Apply(document);
        InlineSchemaGuard.Check(document);
        OperationGuard.Check(document);
        ResponseDescriptions.Fill(document);
        return CanonicalJson.Write(document);
    }

    /// <summary>Reads a document from a file path or an http(s) URL.</summary>
    public static async Task<string> ReadSourceAsync(string pathOrUrl, CancellationToken cancellationToken = default)
    {
        if (Uri.TryCreate(pathOrUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
            using var response = await http.GetAsync(uri, cancellationToken);
            if (!response.IsSuccessStatusCode)
                throw new SpecImportException($"{pathOrUrl} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
            return await response.Content.ReadAsStringAsync(cancellationToken);
        }
        if (!File.Exists(pathOrUrl)) throw new SpecImportException($"{pathOrUrl} does not exist.");
        return await File.ReadAllTextAsync(pathOrUrl, cancellationToken);
    }
}
