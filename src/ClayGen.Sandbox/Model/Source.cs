using System.Text.Json.Nodes;

namespace ClayGen.Sandbox.Model;

internal sealed class Source
{
    public required string Id { get; init; }

    public required string Name { get; set; }

    public required string Type { get; init; }

    public required JsonObject TypeSettings { get; set; }

    /// <summary>The field the source writes its payloads to.</summary>
    public required string DataFieldId { get; init; }

    public required string TableId { get; init; }

    /// <summary>The last path segment of the webhook URL; <see langword="null"/> for non-webhook sources.</summary>
    public string? WebhookSlug { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The <c>x-clay-webhook-auth</c> value ingestion then requires; <see langword="null"/> while the source has no auth.</summary>
    public string? AuthToken { get; set; }

    /// <summary>How many payloads the webhook accepted.</summary>
    public int NumSourceRecords { get; set; }
}
