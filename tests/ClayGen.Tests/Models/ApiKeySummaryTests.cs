namespace ClayGen.Tests.Models;

/// <summary>Listing API keys keeps their id, name and date, and never a key value Clay might echo.</summary>
public sealed class ApiKeySummaryTests
{
    [Fact]
    public async Task An_echoed_key_value_is_not_kept_while_other_members_are()
    {
        const string secret = "9f8e7d6c-5b4a-3210-fedc-ba9876543210";
        var body = $$"""
            [{"id":"ak_1","name":"Nightly sync","createdAt":"2026-04-07T10:12:00.000Z","apiKey":"{{secret}}","KEY":"{{secret}}","resourceType":"user"}]
            """;
        using var clay = TestClients.Create(new RecordingHandler(_ => RecordingHandler.Json(body)));

        var keys = await clay.Auth.ListApiKeysAsync("user", 4515);

        var key = Assert.Single(keys);
        Assert.Equal(("ak_1", "Nightly sync"), (key.Id, key.Name));
        Assert.Equal(new DateTimeOffset(2026, 4, 7, 10, 12, 0, TimeSpan.Zero), key.CreatedAt);
        Assert.Equal("user", key.AdditionalProperties["resourceType"]);
        Assert.DoesNotContain(secret, Newtonsoft.Json.JsonConvert.SerializeObject(key), StringComparison.Ordinal);
    }
}
