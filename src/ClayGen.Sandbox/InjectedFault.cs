namespace ClayGen.Sandbox;

/// <summary>The fault chosen for one request: its status, an optional <c>Retry-After</c> and the error message.</summary>
internal sealed record InjectedFault(int StatusCode, TimeSpan? RetryAfter, string Message);
