namespace ClayGen.Tests.Lifecycle;

public sealed class ClayCellTests
{
    // Read through the client, as a caller gets it.
    private static readonly Record Row = Read("""
        {"id":"r_1","cells":{
          "f_text":{"value":"Acme"},
          "f_num":{"value":42.5},
          "f_numtext":{"value":"1200"},
          "f_bool":{"value":true},
          "f_date":{"value":"2026-04-04T21:12:43.917Z"},
          "f_json":{"value":{"a":1}},
          "f_enrich":{"value":"Response","metadata":{"status":"SUCCESS","isPreview":true},"externalContent":{"status":"SUCCESS","fullValue":{"email":"jane@acme.com"}}},
          "f_failed":{"value":null,"metadata":{"status":"ERROR_OUT_OF_CREDITS"},"externalContent":{"error":"Out of credits"}}
        }}
        """);

    private static Record Read(string json)
    {
        using var clay = TestClients.Create(new RecordingHandler(_ => RecordingHandler.Json(json)));
        return clay.Tables.GetRecordAsync("t_1", "r_1").GetAwaiter().GetResult();
    }

    [Fact]
    public void Scalars_read_as_text_number_and_boolean()
    {
        Assert.Equal("Acme", Row.GetCell("f_text").AsText());
        Assert.Equal(42.5m, Row.GetCell("f_num").AsDecimal());
        Assert.Equal(1200L, Row.GetCell("f_numtext").AsInt64());
        Assert.True(Row.GetCell("f_bool").AsBoolean());
        Assert.Equal("42.5", Row.GetCell("f_num").AsText());
    }

    [Fact]
    public void A_date_like_text_stays_the_text_Clay_sent()
    {
        Assert.Equal("2026-04-04T21:12:43.917Z", Row.GetCell("f_date").AsText());
    }

    [Fact]
    public void An_enrichment_cell_gives_its_status_preview_and_full_output()
    {
        var cell = Row.GetCell("f_enrich");

        Assert.Equal(CellStatuses.Success, cell.Status);
        Assert.True(cell.IsPreview);
        Assert.Equal("Response", cell.AsText());
        Assert.Equal("jane@acme.com", (string?)cell.Output!["email"]);
    }

    [Fact]
    public void A_failed_cell_says_why()
    {
        var cell = Row.GetCell("f_failed");

        Assert.Equal(CellStatuses.ErrorOutOfCredits, cell.Status);
        Assert.Equal("Out of credits", cell.Error);
        Assert.Null(cell.AsText());
    }

    [Fact]
    public void An_absent_cell_exists_not_and_reads_as_null()
    {
        var cell = Row.GetCell("f_nope");

        Assert.False(cell.Exists);
        Assert.Null(cell.AsDecimal());
        Assert.Null(cell.Status);
    }

    [Fact]
    public void A_wrong_type_is_a_format_error_naming_the_field()
    {
        var error = Assert.Throws<FormatException>(() => Row.GetCell("f_text").AsDecimal());

        Assert.Contains("f_text", error.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => Row.GetCell("f_num").AsInt64());
        Assert.Throws<FormatException>(() => Row.GetCell("f_json").AsBoolean());
    }
}
