namespace ClayGen.Sandbox;

/// <summary>
/// Settings for <see cref="ClaySandbox.StartAsync(ClaySandboxOptions?, CancellationToken)"/> and
/// <see cref="ClaySandbox.StartInMemoryAsync(ClaySandboxOptions?, CancellationToken)"/>.
/// </summary>
public sealed class ClaySandboxOptions
{
    /// <summary>The local port to listen on; <see langword="null"/> (or 0) picks a free one. Leave it unset for an in-memory sandbox.</summary>
    public int? Port { get; init; }

    /// <summary>The email that <c>POST /v3/auth/login</c> accepts (compared case-insensitively).</summary>
    public string Email { get; init; } = "sandbox@example.com";

    /// <summary>The password that <c>POST /v3/auth/login</c> accepts.</summary>
    public string Password { get; init; } = "sandbox-password";

    /// <summary>A fixed delay added to every response, on top of <see cref="ClaySandboxFaults.Latency"/>.</summary>
    public TimeSpan Latency { get; init; }

    /// <summary>Seeds every generated id, seeded number and random failure, so runs are repeatable.</summary>
    public int Seed { get; init; } = 42;
}
