using System.Security.Cryptography;
using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Import;

/// <summary>
/// spec/vendor.lock.json: where the vendor document we imported comes from and the SHA-256 of its
/// bytes. The importer reads that source by default and refuses a document whose hash differs, so
/// a new vendor document is always taken up on purpose (spec/README.md), never by accident.
/// </summary>
public sealed record VendorLock(string Source, string Sha256)
{
    /// <summary>The lock's path in the repository.</summary>
    public const string RelativePath = "spec/vendor.lock.json";

    /// <summary>Reads the lock file at <paramref name="path"/>.</summary>
    public static VendorLock Read(string path)
    {
        if (!File.Exists(path)) throw new SpecImportException($"{path} does not exist.");
        var json = CanonicalJson.Parse(File.ReadAllText(path), path);
        return new VendorLock(
            (string?)json["source"] ?? throw new SpecImportException($"{path} has no \"source\"."),
            (string?)json["sha256"] ?? throw new SpecImportException($"{path} has no \"sha256\"."));
    }

    /// <summary>The lowercase hex SHA-256 of <paramref name="bytes"/>.</summary>
    public static string HashOf(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Why <paramref name="bytes"/>, read from <paramref name="origin"/>, are not the locked document; null when they are.</summary>
    public string? Mismatch(byte[] bytes, string origin)
    {
        var actual = HashOf(bytes);
        return actual == Sha256 ? null :
            $"The vendor document {origin} has SHA-256 {actual}, but {RelativePath} locks {Sha256}: " +
            "it is not the document our spec was imported from. Compare it with ours first (spec/README.md, " +
            "\"When the vendor publishes a new document\"); import --update-lock takes it up, --no-lock imports it without taking it up.";
    }

    /// <summary>Writes this lock to <paramref name="path"/>, keeping its other fields.</summary>
    public void Write(string path)
    {
        var json = File.Exists(path) ? CanonicalJson.Parse(File.ReadAllText(path), path) : new JObject();
        json["source"] = Source;
        json["sha256"] = Sha256;
        File.WriteAllText(path, CanonicalJson.Write(json), CanonicalJson.Utf8);
    }
}
