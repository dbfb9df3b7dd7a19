using System.Net;
using System.Text.Json.Nodes;

namespace ClayGen.Sandbox.Tests;

public class CreditReportTests
{
    private const string Range = "timeRange[startTime]=2025-06-30T19:00:00.000Z&timeRange[endTime]=2025-07-31T19:00:00.000Z";
    private const string EncodedRange = "timeRange%5BstartTime%5D=2025-06-30T19%3A00%3A00.000Z&timeRange%5BendTime%5D=2025-07-31T19%3A00%3A00.000Z";
    private const string OpenAi = "1c6d3e2f-9a4b-4d7c-8e8f-2b3c4d5e6f72";

    [Fact]
    public async Task Workspace_report_is_a_folder_workbook_table_tree()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);

        var report = (await api.Get($"v3/credit-reporting/{api.Ws}/creditReportType/workspace?{Range}")).Json;

        var entities = report["entities"]!.AsArray();
        Assert.Equal(["workbook", "folder", "table"], entities.Select(e => Kind(e!)));
        var folder = entities[1]!;
        Assert.StartsWith("f_", folder["id"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("GTM Campaigns", folder["entity"]!["name"]!.GetValue<string>());
        Assert.False(folder["entity"]!["isDeleted"]!.GetValue<bool>());
        var workbook = folder["subentities"]![0]!;
        Assert.Equal("workbook", Kind(workbook));
        Assert.Equal("table", Kind(workbook["subentities"]![0]!));
        Assert.Equal(folder["credits"]!.GetValue<double>(), workbook["credits"]!.GetValue<double>());
        Assert.True(folder["credits"]!.GetValue<double>() > 0);
        Assert.Equal(0, report["unattributedCredits"]!.GetValue<double>());
        Assert.Equal(0, report["unattributedActionExecutions"]!.GetValue<int>());
        Assert.Contains(entities[0]!["subentities"]!.AsArray(), t => t!["entity"]!["isDeleted"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Literal_and_percent_encoded_brackets_give_the_same_report()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);
        var path = $"v3/credit-reporting/{api.Ws}/creditReportType/workspace?";

        var literal = await api.Get(path + Range + "&ownerIds[0]=4515");
        var encoded = await api.Get(path + EncodedRange + "&ownerIds%5B0%5D=4515");

        Assert.Equal(HttpStatusCode.OK, literal.Status);
        Assert.Equal(HttpStatusCode.OK, encoded.Status);
        Assert.Contains("timeRange[startTime]", sandbox.Requests[0].Query, StringComparison.Ordinal);
        Assert.Contains("timeRange%5BstartTime%5D", sandbox.Requests[1].Query, StringComparison.Ordinal);
        Assert.Equal(literal.Text, encoded.Text);
    }

    [Fact]
    public async Task Owner_and_integration_filters_change_the_totals()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);
        var path = $"v3/credit-reporting/{api.Ws}/creditReportType/workspace?{Range}";

        var all = Total(await api.Get(path));
        var owner = Total(await api.Get(path + "&ownerIds[0]=4515"));
        var member = Total(await api.Get(path + "&ownerIds[0]=4516"));
        var both = Total(await api.Get(path + "&ownerIds[0]=4515&ownerIds[1]=4516"));
        var openAi = Total(await api.Get(path + $"&integrations[0]={OpenAi}"));
        var recurring = Total(await api.Get(path + "&isRecurringOnly=true"));
        var limited = Total(await api.Get(path + "&hasCreditLimit=true"));

        Assert.Equal(all, owner + member, 6);
        Assert.Equal(all, both, 6);
        Assert.InRange(owner, 1, all - 1);
        Assert.InRange(openAi, 1, all - 1);
        Assert.InRange(recurring, 1, all - 1);
        Assert.Equal(member, limited, 6);
    }

    [Fact]
    public async Task Integration_report_groups_by_integration()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);

        var report = (await api.Get($"v3/credit-reporting/{api.Ws}/creditReportType/integration?{Range}&integrations[0]={OpenAi}")).Json;

        var entity = Assert.Single(report["entities"]!.AsArray())!;
        Assert.Equal(OpenAi, entity["id"]!.GetValue<string>());
        Assert.Equal("OpenAI", entity["entity"]!["name"]!.GetValue<string>());
        Assert.Equal("integration", Kind(entity));
    }

    [Theory]
    [InlineData("")]
    [InlineData("timeRange[startTime]=2025-06-30T19:00:00.000Z")]
    [InlineData("timeRange[startTime]=yesterday&timeRange[endTime]=2025-07-31T19:00:00.000Z")]
    [InlineData("timeRange[startTime]=2025-07-31T19:00:00.000Z&timeRange[endTime]=2025-06-30T19:00:00.000Z")]
    [InlineData("timeRange[startTime]=2025-06-30T19:00:00.000Z&timeRange[endTime]=2025-07-31T19:00:00.000Z&ownerIds[0]=me")]
    public async Task Bad_query_is_400(string query)
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);

        var result = await api.Get($"v3/credit-reporting/{api.Ws}/creditReportType/workspace?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.False(string.IsNullOrEmpty(result.Message));
    }

    [Fact]
    public async Task Literal_plus_offset_reads_as_the_same_time_as_percent_encoded()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);
        var path = $"v3/credit-reporting/{api.Ws}/creditReportType/workspace?";

        // 2025-07-31T21:00:00+02:00 is 19:00Z: the end must not fall before the start in either spelling.
        var literal = await api.Get(path + "timeRange[startTime]=2025-07-31T19:00:00Z&timeRange[endTime]=2025-07-31T21:00:00+02:00");
        var encoded = await api.Get(path + "timeRange[startTime]=2025-07-31T19:00:00Z&timeRange[endTime]=2025-07-31T21:00:00%2B02:00");
        var before = await api.Get(path + "timeRange[startTime]=2025-07-31T19:00:00Z&timeRange[endTime]=2025-07-31T20:59:00+02:00");

        Assert.Equal(HttpStatusCode.OK, literal.Status);
        Assert.Equal(HttpStatusCode.OK, encoded.Status);
        Assert.Equal(HttpStatusCode.BadRequest, before.Status);
    }

    [Theory]
    [InlineData("signal", HttpStatusCode.OK)]
    [InlineData("triggerDefinition", HttpStatusCode.OK)]
    [InlineData("mcp", HttpStatusCode.OK)]
    [InlineData("api", HttpStatusCode.OK)]
    [InlineData("bogus", HttpStatusCode.NotFound)]
    public async Task Report_types(string reportType, HttpStatusCode expected)
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);

        var result = await api.Get($"v3/credit-reporting/{api.Ws}/creditReportType/{reportType}?{Range}");

        Assert.Equal(expected, result.Status);
    }

    [Fact]
    public async Task Missing_workspace_segment_is_404()
    {
        await using var sandbox = await ClaySandbox.StartAsync();
        using var api = new SandboxApi(sandbox);

        Assert.Equal(HttpStatusCode.NotFound, (await api.Get($"v3/credit-reporting//creditReportType/workspace?{Range}")).Status);
    }

    private static string Kind(JsonNode entity) => entity["entity"]!["__kind"]!.GetValue<string>();

    private static double Total(ApiResult result)
    {
        Assert.Equal(HttpStatusCode.OK, result.Status);
        return result.Json["entities"]!.AsArray().Sum(e => e!["credits"]!.GetValue<double>());
    }
}
