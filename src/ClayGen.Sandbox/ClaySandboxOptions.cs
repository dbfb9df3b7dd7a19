namespace ClayGen.Sandbox;

/// <summary>
/// Settings for <see cref="ClaySandbox.StartAsync(ClaySandboxOptions?, CancellationToken)"/> and
/// <see cref="ClaySandbox.StartInMemoryAsync(ClaySandboxOptions?, CancellationToken)"/>.
/// </summary>
public sealed class ClaySandboxOptions
{
    /// <summary>The default of <see cref="MaxBulkFetchRecords"/>: 300 record ids per bulk fetch.</summary>
    public const int DefaultMaxBulkFetchRecords = 300;

    /// <summary>The default of <see cref="ApiKey"/>.</summary>
    public const string DefaultApiKey = "sandbox-api-key";

    /// <summary>The local port to listen on; <see langword="null"/> (or 0) picks a free one. Leave it unset for an in-memory sandbox.</summary>
    public int? Port { get; init; }

    /// <summary>The email that <c>POST /v3/auth/login</c> accepts (compared case-insensitively).</summary>
    public string Email { get; init; } = "sandbox@example.com";

    /// <summary>The password that <c>POST /v3/auth/login</c> accepts.</summary>
    public string Password { get; init; } = "sandbox-password";

    /// <summary>
    /// The API key accepted instead of a session, sent raw as <c>Authorization: &lt;key&gt;</c> (no <c>Bearer</c>),
    /// as Clay takes it. Defaults to <see cref="DefaultApiKey"/>.
    /// </summary>
    public string ApiKey { get; init; } = DefaultApiKey;

    /// <summary>A fixed delay added to every response, on top of <see cref="ClaySandboxFaults.Latency"/>.</summary>
    public TimeSpan Latency { get; init; }

    /// <summary>Seeds every generated id, seeded number and random failure, so runs are repeatable.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>
    /// The sandbox's clock: timestamps, enrichment run progress, export jobs, the webhook rate limit and
    /// the latency (<see cref="Latency"/>, <see cref="ClaySandboxFaults.Latency"/>) follow it. Pass a <c>FakeTimeProvider</c> to step through a run in a test.
    /// </summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>How long a cell of an enrichment run stays <c>QUEUED</c> after the run starts (default 300 ms).</summary>
    public TimeSpan RunQueuedFor { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>How long a cell of an enrichment run stays <c>RUNNING</c> after it leaves the queue (default 700 ms); then it ends.</summary>
    public TimeSpan RunRunningFor { get; init; } = TimeSpan.FromMilliseconds(700);

    /// <summary>How long an export job stays <c>ACTIVE</c> before it finishes (default 200 ms).</summary>
    public TimeSpan ExportDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The most record ids one <c>bulk-fetch-records</c> call accepts; more is a 400. Defaults to <see cref="DefaultMaxBulkFetchRecords"/>.</summary>
    public int MaxBulkFetchRecords { get; init; } = DefaultMaxBulkFetchRecords;

    /// <summary>Webhook records accepted per second for the workspace, on the sandbox's clock (default 10); beyond it a POST gets 429 with <c>Retry-After</c>.</summary>
    public double WebhookRecordsPerSecond { get; init; } = 10;

    /// <summary>How many webhook records may arrive at once before <see cref="WebhookRecordsPerSecond"/> applies (default 20).</summary>
    public int WebhookBurst { get; init; } = 20;
}
