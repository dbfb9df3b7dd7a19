namespace ClayGen.Tests.Models;

/// <summary>The run status counts: per field, and the <c>"_pending"</c> answer Clay sends while it computes them.</summary>
public sealed class FieldRunStatusTests
{
    [Fact]
    public async Task Counts_are_read_per_field_and_status()
    {
        const string body = """
            {"statusCountsByField":{"f_enrich":[{"status":"SUCCESS","count":40},{"status":"ERROR_OUT_OF_CREDITS","count":2}],"f_plain":[]}}
            """;
        using var clay = TestClients.Create(new RecordingHandler(_ => RecordingHandler.Json(body)));

        var status = await clay.Fields.GetFieldRunStatusAsync(712043, "t_1");

        Assert.False(status.IsPending);
        Assert.Equal([("SUCCESS", 40L), ("ERROR_OUT_OF_CREDITS", 2L)], status.StatusCountsByField["f_enrich"].Select(c => (c.Status, c.Count)));
        Assert.Empty(status.StatusCountsByField["f_plain"]);
    }

    [Fact]
    public async Task A_pending_answer_reads_as_pending_with_no_counts_instead_of_failing()
    {
        using var clay = TestClients.Create(new RecordingHandler(_ => RecordingHandler.Json("""{"statusCountsByField":"_pending","extra":1}""")));

        var status = await clay.Fields.GetFieldRunStatusAsync(712043, "t_1");

        Assert.True(status.IsPending);
        Assert.Empty(status.StatusCountsByField);
        Assert.Equal(1L, status.AdditionalProperties["extra"]);
    }
}
