namespace ClayGen.Sandbox.Http;

/// <summary>The sandbox's route table. A method mismatch is a 404, as it is on Clay.</summary>
internal sealed class ApiRouter
{
    private readonly List<RouteDefinition> _routes = [];

    public void Map(string method, string template, Func<ApiRequest, ApiResponse> handler, bool isPublic = false) =>
        _routes.Add(new RouteDefinition(method, new RouteTemplate(template), handler, isPublic));

    public (RouteDefinition Route, Dictionary<string, string> Values)? Find(string method, string path)
    {
        var segments = path.Split('/');
        foreach (var route in _routes)
        {
            if (string.Equals(route.Method, method, StringComparison.OrdinalIgnoreCase)
                && route.Template.TryMatch(segments, out var values))
            {
                return (route, values);
            }
        }

        return null;
    }
}
