namespace ClayGen.Sandbox.Http;

// IsPublic: the few routes that need no session (health check, login, webhook ingestion).
internal sealed record RouteDefinition(string Method, RouteTemplate Template, Func<ApiRequest, ApiResponse> Handler, bool IsPublic);
