using System.Text.Json.Nodes;
using Credence.Credentials.Status;

namespace Credence.Credentials.Tests.Status;

public sealed class StatusListCredentialTests
{
    private static readonly DateTimeOffset _published = new(2026, 11, 1, 8, 30, 0, TimeSpan.Zero);

    [Fact]
    public void The_created_credential_is_a_bitstring_status_list_credential_carrying_the_list()
    {
        var list = new BitstringStatusList();
        list.Set(42, 1);

        var json = JsonNode.Parse(StatusListCredential.Create("https://credence.example.edu/status/1", "did:web:credence.example.edu", "revocation", list, _published))!;

        Assert.Equal("BitstringStatusListCredential", json["type"]![1]!.GetValue<string>());
        Assert.Equal("2026-11-01T08:30:00Z", json["validFrom"]!.GetValue<string>());
        Assert.Equal("https://credence.example.edu/status/1#list", json["credentialSubject"]!["id"]!.GetValue<string>());
        Assert.Equal("revocation", json["credentialSubject"]!["statusPurpose"]!.GetValue<string>());
        BitstringStatusList.TryDecode(json["credentialSubject"]!["encodedList"]!.GetValue<string>(), 1, out var decoded, out _);
        Assert.Equal(1, decoded!.Get(42));
    }

    [Fact]
    public void Updating_replaces_the_list_and_drops_the_old_proof()
    {
        var list = new BitstringStatusList();
        var original = JsonNode.Parse(StatusListCredential.Create("https://credence.example.edu/status/1", "did:web:credence.example.edu", "suspension", list, _published))!;
        original["proof"] = new JsonObject { ["type"] = "DataIntegrityProof" };
        list.Set(9, 1);

        var updated = JsonNode.Parse(StatusListCredential.Update(original.ToJsonString(), list, _published.AddDays(1)))!;

        Assert.Null(updated["proof"]);
        Assert.Equal("2026-11-02T08:30:00Z", updated["validFrom"]!.GetValue<string>());
        BitstringStatusList.TryDecode(updated["credentialSubject"]!["encodedList"]!.GetValue<string>(), 1, out var decoded, out _);
        Assert.Equal(1, decoded!.Get(9));
    }

    [Fact]
    public void An_entry_writes_its_index_as_a_decimal_string()
    {
        var entry = StatusListCredential.CreateEntry("https://credence.example.edu/status/1", 94567, "revocation");

        Assert.Equal("94567", entry.StatusListIndex);
        Assert.Equal("https://credence.example.edu/status/1#94567", entry.Id);
        Assert.Equal("BitstringStatusListEntry", entry.Type);
    }

    [Theory]
    [InlineData("https://credence.example.edu/status/1", "expired")] // unknown purpose
    [InlineData("status/1", "revocation")] // relative URL
    public void Invalid_arguments_are_refused(string url, string purpose)
    {
        Assert.ThrowsAny<ArgumentException>(() => StatusListCredential.Create(url, "did:web:x", purpose, new BitstringStatusList(), _published));
    }
}
