namespace ClayGen.TestSupport;

/// <summary>Clients under test on an in-memory network (usually a <see cref="RecordingHandler"/>), with a planted session.</summary>
public static class TestClients
{
    /// <summary>A session value shaped like Clay's, planted so tests can prove it never leaks.</summary>
    public const string SessionValue = "s%3AplantedSessionId0123456789.SecretSignatureAbcDef%2B123";

    /// <summary>The session of <see cref="SessionValue"/>.</summary>
    public static ClaySession Session { get; } = ClaySession.FromCookie(SessionValue);

    /// <summary>A client on <paramref name="network"/> at a fake https address, without retries unless <paramref name="configure"/> sets them.</summary>
    public static ClayClient Create(HttpMessageHandler network, ClaySession? session = null, Action<ClayClientOptions>? configure = null)
    {
        var options = new ClayClientOptions
        {
            BaseAddress = new Uri("https://api.clay.test/"),
            Session = session ?? Session,
            PrimaryHandler = network,
            MaxRetries = 0,
        };
        configure?.Invoke(options);
        return new ClayClient(options);
    }
}
