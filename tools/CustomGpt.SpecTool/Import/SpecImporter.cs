using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Import;

/// <summary>
/// Builds our contract from the vendor's document in a fixed order: strip the vendor's prose,
/// apply our corrections, then our names, name the schemas, write our descriptions (keyed by
/// those names), check that nothing unnamed or undescribed is left, and write the result
/// canonically.
/// </summary>
public static class SpecImporter
{
    /// <summary>Returns the text of spec/customgpt.openapi.json for these inputs.</summary>
    public static string Import(ImportInputs inputs)
    {
        var document = CanonicalJson.Parse(inputs.Vendor.Text, inputs.Vendor.Origin);
        var origins = new NameOrigins();

        ProseStripper.Strip(document);
        OverlayApplier.Apply(document, CanonicalJson.Parse(inputs.Corrections.Text, inputs.Corrections.Origin), inputs.Corrections.Origin, OverlayKind.Corrections, origins);
        OverlayApplier.Apply(document, CanonicalJson.Parse(inputs.Names.Text, inputs.Names.Origin), inputs.Names.Origin, OverlayKind.Names, origins);
        SchemaNamer.Apply(document);
        var docs = DocsApplier.Apply(document, inputs.Docs);
        EnvelopePayloads.Apply(document);
        ClientHints.Apply(document);
        InlineSchemaGuard.Check(document);
        OperationGuard.Check(document);
        DescriptionGuard.Check(document, docs, origins, inputs.Vendor.Origin);
        ResponseDescriptions.Fill(document);
        return CanonicalJson.Write(document);
    }

    /// <summary>Reads a document from a file path or an http(s) URL.</summary>
    public static async Task<string> ReadSourceAsync(string pathOrUrl, CancellationToken cancellationToken = default) =>
        DecodeUtf8(await ReadBytesAsync(pathOrUrl, cancellationToken));

    /// <summary>The bytes of a file path or an http(s) URL, as published (the vendor lock hashes these).</summary>
    public static async Task<byte[]> ReadBytesAsync(string pathOrUrl, CancellationToken cancellationToken = default)
    {
        if (Uri.TryCreate(pathOrUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
            using var response = await http.GetAsync(uri, cancellationToken);
            if (!response.IsSuccessStatusCode)
                throw new SpecImportException($"{pathOrUrl} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
            return await response.Content.ReadAsByteArrayAsync(cancellationToken);
        }
        if (!File.Exists(pathOrUrl)) throw new SpecImportException($"{pathOrUrl} does not exist.");
        return await File.ReadAllBytesAsync(pathOrUrl, cancellationToken);
    }

    /// <summary>UTF-8 text, a byte order mark dropped.</summary>
    public static string DecodeUtf8(byte[] bytes) =>
        new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true).ReadToEnd();
}
