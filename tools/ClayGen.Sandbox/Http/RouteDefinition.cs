namespace ClayGen.Sandbox.Http;

/// <param name="IsPublic">True for the few routes that need no session (health check, login, webhook ingestion).</param>
internal sealed record RouteDefinition(string Method, RouteTemplate Template, Func<ApiRequest, ApiResponse> Handler, bool IsPublic);
