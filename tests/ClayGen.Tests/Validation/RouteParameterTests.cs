using System.Reflection;
using ClayGen.Tests.Infrastructure;

namespace ClayGen.Tests.Validation;

/// <summary>
/// Every route parameter of every operation of the spec refuses ids that would change the route once
/// System.Uri (or a server that decodes again) normalises the path, and nothing is sent.
/// </summary>
public sealed class RouteParameterTests
{
    public static TheoryData<string> RouteChangingIds => new()
    {
        ".", "..", "%2e", "%2E%2e", ".%2e", "%252e%252E", "a/b", "a%2Fb", "a%252fb", "a\\b", "a%5Cb", "a?b", "a%3Fb", "a#b", "a%23b", "a\u0000b", "a%0Ab",
    };

    [Theory]
    [MemberData(nameof(RouteChangingIds))]
    public async Task Every_string_route_parameter_rejects_the_id_and_sends_nothing(string badId)
    {
        var checkedParameters = 0;
        foreach (var (operationId, parameter) in await StringRouteParametersAsync())
        {
            var method = GeneratedMethod(operationId, parameter);
            var network = new RecordingHandler();
            using var clay = TestClients.Create(network);
            var client = ClientOf(clay, method.DeclaringType!);
            var arguments = method.GetParameters().Select(p => p.Name == parameter ? badId : ValidValue(p)).ToArray();

            var error = await Xunit.Record.ExceptionAsync(() => (Task)method.Invoke(client, arguments)!);

            Assert.True(error is ArgumentException { ParamName: var name } && name == parameter, $"{operationId}({parameter} = \"{badId}\"): expected parameter '{parameter}', got {error?.GetType().Name ?? "no exception"} ({error?.Message})");
            Assert.Empty(network.Requests);
            checkedParameters++;
        }

        // The spec has string route ids on tables, views, sources and report types; an empty walk would prove nothing.
        Assert.True(checkedParameters >= 10, $"only {checkedParameters} route parameters were tried");
    }

    [Theory]
    [InlineData("t_abc")]
    [InlineData("t.abc")]
    [InlineData("...")]
    [InlineData("t_%41bc")]
    public async Task Ids_that_keep_the_route_are_still_sent(string id)
    {
        var network = new RecordingHandler(_ => RecordingHandler.Json("""{"count":1}"""));
        using var clay = TestClients.Create(network);

        await clay.Tables.CountRowsAsync(id);

        Assert.Equal("https://api.clay.test/v3/tables/" + Uri.EscapeDataString(id) + "/count", network.Single.Uri.AbsoluteUri);
    }

    [Fact]
    public async Task The_streaming_record_id_reader_rejects_dot_segments_too()
    {
        var network = new RecordingHandler();
        using var clay = TestClients.Create(network);

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(async () =>
        {
            await foreach (var _ in clay.Tables.StreamRecordIdsAsync("t_1", ".."))
            {
            }
        });

        Assert.Equal("viewId", error.ParamName);
        Assert.Empty(network.Requests);
    }

    private static async Task<IReadOnlyList<(string OperationId, string Parameter)>> StringRouteParametersAsync()
    {
        var result = new List<(string, string)>();
        foreach (var operation in await SpecDocument.OperationsAsync())
        {
            foreach (var parameter in operation.Operation.ActualParameters.Where(p => p.Kind == NSwag.OpenApiParameterKind.Path))
            {
                if (parameter.ActualSchema.Type.HasFlag(NJsonSchema.JsonObjectType.String))
                {
                    result.Add((operation.Operation.OperationId, parameter.Name));
                }
            }
        }

        return result;
    }

    private static MethodInfo GeneratedMethod(string operationId, string parameter)
    {
        // An operation wrapped by a hand-written helper is generated as a protected ...CoreAsync method.
        var baseName = char.ToUpperInvariant(operationId[0]) + operationId[1..];
        var name = baseName + "Async";
        var methods = typeof(ClayClient).Assembly.GetTypes()
            .Where(t => t.IsClass && t.Name.EndsWith("Client", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(m => (m.Name == name || m.Name == baseName + "CoreAsync") && m.GetParameters() is { Length: > 0 } ps && ps[^1].ParameterType == typeof(CancellationToken) && ps.Any(p => p.Name == parameter))
            .ToList();
        Assert.True(methods.Count > 0, $"no generated method {name} with a '{parameter}' parameter");

        // The generated overload takes the spec's own types (a request body, not helper shapes).
        return methods.OrderBy(m => m.GetParameters().Count(p => p.ParameterType.Namespace != "ClayGen")).First();
    }

    private static object ClientOf(ClayClient clay, Type type) =>
        typeof(ClayClient).GetProperties().Select(p => p.GetValue(clay)).Single(c => c is not null && type.IsInstanceOfType(c))!;

    private static object? ValidValue(ParameterInfo parameter) => parameter.ParameterType switch
    {
        var t when t == typeof(string) => "x_1",
        var t when t == typeof(int) || t == typeof(int?) => 1,
        var t when t == typeof(long) || t == typeof(long?) => 1L,
        var t when t == typeof(CancellationToken) => CancellationToken.None,
        var t when t == typeof(IDictionary<string, object>) => new Dictionary<string, object> { ["f_1"] = "x" },
        var t when t.IsValueType => Activator.CreateInstance(t),

        // An empty body passes the null check at the top of the method; its content is checked after the route.
        var t when t.IsClass && t.GetConstructor(Type.EmptyTypes) is not null => Activator.CreateInstance(t),
        _ => null,
    };
}
