namespace ClayGen.Sandbox;

/// <summary>One request the sandbox received, kept for assertions.</summary>
/// <param name="Method">The HTTP method, upper case.</param>
/// <param name="Path">The path as received, e.g. <c>/v3/tables/t_abc/records</c>.</param>
/// <param name="Query">The raw query string without the leading <c>?</c>; empty when there is none.</param>
/// <param name="Body">The request body as text; <see langword="null"/> when there is none.</param>
/// <param name="StatusCode">The status code the sandbox answered with.</param>
public sealed record ClaySandboxRequest(string Method, string Path, string Query, string? Body, int StatusCode);
