namespace ClayGen.Benchmarks.Fixtures;

/// <summary>How a benchmark's requests reach the canned responses.</summary>
public enum Transport
{
    /// <summary>An in-memory <see cref="HttpMessageHandler"/>: the client's own cost only.</summary>
    InMemory,

    /// <summary>HTTP/1.1 over a loopback socket to a Kestrel server in the same process.</summary>
    Loopback,
}
