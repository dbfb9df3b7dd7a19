namespace ClayGen;

/// <summary>Known credit report types (the <c>reportType</c> path segment). The set is open.</summary>
public static class CreditReportTypes
{
    /// <summary>Usage by folder, workbook and table, filterable by user and integration.</summary>
    public const string Workspace = "workspace";

    /// <summary>Usage by integration.</summary>
    public const string Integration = "integration";

    /// <summary>Usage by signal.</summary>
    public const string Signal = "signal";

    /// <summary>Usage by trigger definition.</summary>
    public const string TriggerDefinition = "triggerDefinition";

    /// <summary>Usage through MCP.</summary>
    public const string Mcp = "mcp";

    /// <summary>Usage through the API.</summary>
    public const string Api = "api";
}
