namespace ClayGen.Tests.Infrastructure;

public static class TestClients
{
    /// <summary>A session value shaped like Clay's, planted so tests can prove it never leaks.</summary>
    public const string SessionValue = "s%3AplantedSessionId0123456789.SecretSignatureAbcDef%2B123";

    public static ClaySession Session { get; } = ClaySession.FromCookie(SessionValue);

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
