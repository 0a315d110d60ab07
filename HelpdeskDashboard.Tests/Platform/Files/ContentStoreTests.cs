using System.Security.Cryptography;
using HelpdeskDashboard.Platform.Files;

namespace HelpdeskDashboard.Tests.Platform.Files;

public sealed class ContentStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "helpdesk-tests", $"files-{Guid.NewGuid():N}");

    private ContentStore Store => new(_root);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Bytes_are_stored_under_their_sha256_and_read_back_unchanged()
    {
        var bytes = RandomNumberGenerator.GetBytes(300_000);

        var stored = await Store.SaveAsync(new MemoryStream(bytes), 1_000_000, Cancel);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), stored.Sha256);
        Assert.Equal(bytes.Length, stored.Length);
        await using var read = Store.OpenRead(stored.Sha256)!;
        var copy = new MemoryStream();
        await read.CopyToAsync(copy, Cancel);
        Assert.Equal(bytes, copy.ToArray());
        Assert.True(File.Exists(Path.Combine(_root, stored.Sha256[..2], stored.Sha256[2..4], stored.Sha256)));
    }

    [Fact]
    public async Task The_same_bytes_twice_are_kept_once_and_no_temporary_file_remains()
    {
        var bytes = RandomNumberGenerator.GetBytes(1000);

        var first = await Store.SaveAsync(new MemoryStream(bytes), 1000, Cancel);
        var second = await Store.SaveAsync(new MemoryStream(bytes), 1000, Cancel);

        Assert.Equal(first, second);
        Assert.Single(Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories), f => !Path.GetRelativePath(_root, f).StartsWith("tmp", StringComparison.Ordinal));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_root, "tmp")));
    }

    [Fact]
    public async Task Bytes_past_the_limit_are_refused_and_nothing_is_kept()
    {
        await Assert.ThrowsAsync<ContentTooLargeException>(() => Store.SaveAsync(new MemoryStream(new byte[1001]), 1000, Cancel));

        Assert.Empty(Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("ABCDEF")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void Only_lower_case_sha256_addresses_are_opened(string address) => Assert.Throws<ArgumentException>(() => Store.OpenRead(address));

    [Fact]
    public void A_missing_address_opens_nothing() => Assert.Null(Store.OpenRead(new string('0', 64)));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
