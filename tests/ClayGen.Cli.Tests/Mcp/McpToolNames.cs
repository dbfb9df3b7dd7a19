namespace ClayGen.Cli.Tests.Mcp;

/// <summary>The tools <c>clay mcp</c> serves, by the flag each needs.</summary>
internal static class McpToolNames
{
    public static readonly string[] Reads =
    [
        "list_workspaces", "list_resources", "list_tables", "get_table", "list_record_ids", "read_records", "get_record",
        "wait_for_enrichment", "export_table", "list_sources", "get_source", "credit_report",
    ];

    public static readonly string[] Writes =
    [
        "create_table", "rename_table", "delete_table", "add_field", "update_field", "delete_field",
        "add_records", "update_record", "delete_records", "create_source",
    ];

    public static readonly string[] Runs = ["add_enrichment_field", "run_enrichment"];
}
