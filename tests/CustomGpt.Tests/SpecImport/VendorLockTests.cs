using System.Text;
using CustomGpt.SpecTool.Import;

namespace CustomGpt.Tests.SpecImport;

public class VendorLockTests
{
    [Fact]
    public void The_locked_bytes_pass_and_any_other_bytes_are_named_with_both_hashes()
    {
        var locked = new VendorLock("vendor.json", VendorLock.HashOf(Encoding.UTF8.GetBytes("{}")));
        Assert.Null(locked.Mismatch(Encoding.UTF8.GetBytes("{}"), "vendor.json"));

        var changed = Encoding.UTF8.GetBytes("{ }");
        var message = locked.Mismatch(changed, "vendor.json");
        Assert.NotNull(message);
        Assert.Contains(VendorLock.HashOf(changed), message);
        Assert.Contains(locked.Sha256, message);
        Assert.Contains("--update-lock", message);
    }

    [Fact]
    public void The_hash_is_lowercase_hex_sha256()
    {
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", VendorLock.HashOf([]));
    }
}
