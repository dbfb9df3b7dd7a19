using ClayGen.Recorder;
using WireMock.Server;
using WireMock.Settings;

namespace ClayGen.ContractTests.Infrastructure;

/// <summary>A WireMock server on 127.0.0.1 that serves one recording at a time, and clients pointed at it.</summary>
public sealed class ContractServer : IDisposable
{
    /// <summary>The session every contract test sends; every recording's Cookie matcher expects it.</summary>
    public const string SessionValue = ClayPlaceholders.Session;

    public ContractServer()
    {
        Server = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = ["http://127.0.0.1:0"],
            StartAdminInterface = false,
            // Clay's deletes carry JSON bodies; WireMock drops DELETE bodies unless told otherwise.
            AllowBodyForAllHttpMethods = true,
        });
        BaseAddress = new Uri($"http://127.0.0.1:{Server.Port}/");
    }

    public WireMockServer Server { get; }

    public Uri BaseAddress { get; }

    /// <summary>Replaces whatever was served before with the recording's mappings, and clears the request log.</summary>
    public void Serve(Recording recording)
    {
        Server.ResetMappings();
        Server.ResetScenarios();
        Server.ResetLogEntries();
        Server.WithMapping([.. recording.Mappings]);
    }

    /// <summary>A real client pointed at the server: no retries unless asked, short waits.</summary>
    public ClayClient CreateClient(int maxRetries = 0, TimeSpan? retryMaxDelay = null) => new(new ClayClientOptions
    {
        BaseAddress = BaseAddress,
        Session = ClaySession.FromCookie(SessionValue),
        MaxRetries = maxRetries,
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        // The client does not retry a response whose Retry-After exceeds this; scenarios about waiting raise it.
        RetryMaxDelay = retryMaxDelay ?? TimeSpan.FromMilliseconds(50),
        AttemptTimeout = TimeSpan.FromSeconds(10),
        Timeout = TimeSpan.FromSeconds(20),
    });

    public void Dispose()
    {
        Server.Stop();
        Server.Dispose();
    }
}
