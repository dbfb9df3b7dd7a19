using ClayGen.Sandbox;

namespace ClayGen.Tests.Lifecycle;

/// <summary>
/// An in-memory sandbox and a client for it, sharing one <see cref="VirtualClock"/>: the sandbox's runs,
/// exports and webhook limit follow it, and the helpers wait on it, so a run "takes" seconds in no time.
/// The client's own pipeline keeps the system clock (its timeouts must not fire at once).
/// </summary>
public sealed class LifecycleSandbox : IAsyncDisposable
{
    private LifecycleSandbox(ClaySandbox sandbox, ClayClient clay, VirtualClock clock, WireTap wire)
    {
        Sandbox = sandbox;
        Clay = clay;
        Clock = clock;
        Wire = wire;
    }

    /// <summary>Every request as it left the client, headers included.</summary>
    public WireTap Wire { get; }

    public ClaySandbox Sandbox { get; }

    public ClayClient Clay { get; }

    public VirtualClock Clock { get; }

    public static async Task<LifecycleSandbox> StartAsync(Func<ClaySandboxOptions, ClaySandboxOptions>? configure = null, int maxRetries = 3)
    {
        var clock = new VirtualClock();
        var options = new ClaySandboxOptions { TimeProvider = clock };
        var sandbox = await ClaySandbox.StartInMemoryAsync(configure?.Invoke(options) ?? options);
        var wire = new WireTap { InnerHandler = sandbox.CreateHandler() };
        var clay = new ClayClient(new ClayClientOptions
        {
            BaseAddress = sandbox.BaseAddress,
            Session = ClaySession.FromCookie(sandbox.Session),
            PrimaryHandler = wire,
            MaxRetries = maxRetries,
        });
        return new LifecycleSandbox(sandbox, clay, clock, wire);
    }

    public EnrichmentWaitOptions Wait(IProgress<EnrichmentRunResult>? progress = null, TimeSpan? timeout = null) =>
        new() { TimeProvider = Clock, PollInterval = TimeSpan.FromMilliseconds(250), Progress = progress, Timeout = timeout ?? TimeSpan.FromMinutes(10) };

    /// <summary>A table with Company and Domain columns and an enrichment column reading Domain, plus its rows.</summary>
    public async Task<(Table Table, string Company, string Domain, string Enrich, List<string> Rows)> CreateEnrichedTableAsync(params string[] domains)
    {
        var table = await Clay.Tables.CreateTableAsync(Sandbox.WorkspaceId, "Leads");
        var company = (await Clay.Fields.CreateFieldAsync(table.Id, FieldDefinitions.Plain("Company", viewId: table.DefaultViewId))).Field!.Id;
        var domain = (await Clay.Fields.CreateFieldAsync(table.Id, FieldDefinitions.Plain("Domain", "url", table.DefaultViewId))).Field!.Id;
        var action = (await Clay.Integrations.ListActionsAsync(Sandbox.WorkspaceId)).Actions.First(a => a.Package?.Id is not null);
        var enrich = (await Clay.Fields.CreateFieldAsync(
            table.Id,
            FieldDefinitions.Enrichment("Work email", action.Key, action.Package!.Id!, new Dictionary<string, string> { ["domain"] = domain }, viewId: table.DefaultViewId))).Field!.Id;
        await Clay.Tables.AddRecordsAsync(table.Id, domains.Select(d => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?> { [company] = d.Split('.')[0], [domain] = d }));
        var rows = await Clay.Tables.GetRecordIdsAsync(table.Id, table.DefaultViewId);
        Assert.Equal(domains.Length, rows.Count);
        return (table, company, domain, enrich, rows.ToList());
    }

    public async ValueTask DisposeAsync()
    {
        Clay.Dispose();
        await Sandbox.DisposeAsync();
    }
}
