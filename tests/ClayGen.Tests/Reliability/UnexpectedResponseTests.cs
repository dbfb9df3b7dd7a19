using ClayGen.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace ClayGen.Tests.Reliability;

/// <summary>A 200 whose body is not the promised JSON raises <see cref="ClayUnexpectedResponseException"/> naming the operation.</summary>
public sealed class UnexpectedResponseTests : IDisposable
{
    private readonly ClayFakeServer _clay = ClayFakeServer.Start();

    public void Dispose() => _clay.Dispose();

    public static TheoryData<string, string?, string> Bodies => new()
    {
        { "html error page", "text/html", "<html><head><title>Just a moment...</title></head><body>claysession=" + TestClients.SessionValue + "</body></html>" },
        { "empty body", "application/json", "" },
        { "whitespace body", "application/json", "   " },
        { "truncated json", "application/json", """{"tableTotalRecordsCount": 12, "extra": {"a": [1, 2""" },
        { "wrong type", "application/json", """["an", "array"]""" },
        { "wrong field type", "application/json", $$"""{"tableTotalRecordsCount": "claysession={{TestClients.SessionValue}}"}""" },
        { "json null", "application/json", "null" },
        { "not json at all", "application/json", "Service temporarily unavailable" },
        { "no content type", null, "<<<" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task A_body_that_is_not_the_promised_json_raises_an_unexpected_response_naming_the_operation(string what, string? contentType, string body)
    {
        var response = Response.Create().WithStatusCode(200).WithBody(body);
        if (contentType is not null)
        {
            response = response.WithHeader("Content-Type", contentType);
        }

        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.CountPath)).RespondWith(response);
        using var client = _clay.CreateClient();

        var ex = await Assert.ThrowsAsync<ClayUnexpectedResponseException>(() => client.Tables.CountRowsAsync(ClayFakeServer.TableId));

        Assert.Contains("countRows", ex.Message, StringComparison.Ordinal);
        Assert.Equal("countRows", ex.OperationId);
        Assert.Equal(200, ex.StatusCode);
        Assert.Equal(ClayFakeServer.CountPath, ex.RequestPath);
        Assert.False(string.IsNullOrWhiteSpace(what));
        Secrets.AssertNone(ex);
    }

    [Theory]
    [InlineData(FaultType.EMPTY_RESPONSE)]
    [InlineData(FaultType.MALFORMED_RESPONSE_CHUNK)]
    public async Task A_faulty_response_on_a_read_raises_an_unexpected_response(FaultType fault)
    {
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.CountPath))
            .RespondWith(ClayFakeServer.Json(200, """{"tableTotalRecordsCount": 12, "more": "padding padding padding"}""").WithFault(fault));
        using var client = _clay.CreateClient();

        var ex = await Assert.ThrowsAsync<ClayUnexpectedResponseException>(() => client.Tables.CountRowsAsync(ClayFakeServer.TableId));

        Assert.Contains("countRows", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(FaultType.EMPTY_RESPONSE)]
    [InlineData(FaultType.MALFORMED_RESPONSE_CHUNK)]
    public async Task A_faulty_response_to_adding_records_is_reported_once_and_never_resent(FaultType fault)
    {
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.RecordsPath).UsingPost())
            .RespondWith(ClayFakeServer.Json(200, """{"records":[{"id":"r_1","cells":{}}]}""").WithFault(fault));
        using var client = _clay.CreateClient();

        var ex = await Assert.ThrowsAsync<ClayUnexpectedResponseException>(
            () => client.Tables.AddRecordsAsync(ClayFakeServer.TableId, [new Dictionary<string, object?> { ["f_name"] = "Acme" }]));

        Assert.Equal("addRecords", ex.OperationId);
        Assert.Equal(1, _clay.CountRequests(ClayFakeServer.RecordsPath));
    }

    [Fact]
    public async Task A_proxy_error_page_is_a_server_error_whose_message_is_the_page_title()
    {
        _clay.Server.Given(Request.Create().WithPath(ClayFakeServer.CountPath))
            .RespondWith(Response.Create().WithStatusCode(502).WithHeader("Content-Type", "text/html")
                .WithBody("<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>"));
        using var client = _clay.CreateClient(o => o.MaxRetries = 0);

        var ex = await Assert.ThrowsAsync<ClayServerException>(() => client.Tables.CountRowsAsync(ClayFakeServer.TableId));

        Assert.Equal("502 Bad Gateway", ex.ClayMessage);
        Assert.Contains("nginx", ex.ResponseExcerpt, StringComparison.Ordinal);
    }
}
