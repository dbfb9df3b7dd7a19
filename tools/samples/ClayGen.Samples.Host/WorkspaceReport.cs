using ClayGen;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ClayGen.Samples.Host;

/// <summary>Lists the workspaces, counts the rows of the configured table, then stops the host.</summary>
internal sealed partial class WorkspaceReport(
    IWorkspacesClient workspaces,
    ITablesClient tables,
    IConfiguration configuration,
    IHostApplicationLifetime lifetime,
    ILogger<WorkspaceReport> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var list = await workspaces.ListWorkspacesAsync(stoppingToken);
            foreach (var workspace in list.Results ?? [])
            {
                LogWorkspace(workspace.Id, workspace.Name);
            }

            if (configuration["Clay:TableId"] is { Length: > 0 } tableId)
            {
                var rows = await tables.CountRowsAsync(tableId, stoppingToken);
                LogRows(tableId, rows.Total);
            }
        }
        catch (ClayApiException ex)
        {
            LogFailure(ex.Details.OperationId, ex.Message);
            Environment.ExitCode = 1;
        }
        finally
        {
            lifetime.StopApplication();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "workspace {WorkspaceId}: {WorkspaceName}")]
    private partial void LogWorkspace(long workspaceId, string? workspaceName);

    [LoggerMessage(Level = LogLevel.Information, Message = "table {TableId}: {RowCount} rows")]
    private partial void LogRows(string tableId, long? rowCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "{OperationId} failed: {Error}")]
    private partial void LogFailure(string? operationId, string error);
}
