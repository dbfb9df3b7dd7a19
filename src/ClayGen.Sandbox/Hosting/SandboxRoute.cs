namespace ClayGen.Sandbox.Hosting;

/// <summary>
/// Endpoint metadata marking one of the sandbox's routes. ASP.NET Core routing ignores a trailing
/// slash; Clay does not (<c>resources_v2/</c> works, <c>resources_v2</c> is a 404), so the session
/// middleware treats a request whose trailing slash differs from the template as unmatched.
/// </summary>
internal sealed record SandboxRoute(bool TrailingSlash);
