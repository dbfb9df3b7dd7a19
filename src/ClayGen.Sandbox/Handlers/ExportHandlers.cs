using System.Globalization;
using System.Text.Json.Nodes;
using ClayGen.Sandbox.Hosting;
using ClayGen.Sandbox.Http;
using ClayGen.Sandbox.Model;
using ClayGen.Sandbox.State;
using CsvHelper;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace ClayGen.Sandbox.Handlers;

/// <summary>
/// Export jobs: started on a table or a view, ACTIVE until the sandbox's clock passes the export delay,
/// then FINISHED with a download URL (a plain GET, no Clay auth, like Clay's pre-signed links).
/// </summary>
internal sealed class ExportHandlers(SandboxState state)
{
    public void Map(IEndpointRouteBuilder v3)
    {
        v3.MapSandboxRoute("POST", "/tables/{tableId}/export", (string tableId, [FromBody] JsonNode? body) => Start(tableId, null, body));
        v3.MapSandboxRoute("POST", "/tables/{tableId}/views/{viewId}/export", (string tableId, string viewId, [FromBody] JsonNode? body) => Start(tableId, viewId, body));
        v3.MapSandboxRoute("GET", "/exports/{jobId}", (string jobId) => Get(jobId));
    }

    /// <summary>The download route, outside <c>/v3</c> as a storage link would be.</summary>
    public void MapDownload(IEndpointRouteBuilder root) =>
        root.MapSandboxRoute("GET", "/exports/{jobId}/download", (string jobId) => Download(jobId)).AllowAnonymous();

    private IResult Start(string tableId, string? viewId, JsonNode? request)
    {
        var table = state.RequireTable(tableId);
        if (viewId is not null && table.FindView(viewId) is null)
        {
            throw ApiException.NotFound();
        }

        var body = JsonRead.ObjectOrEmpty(request);
        var format = JsonRead.String(body, "format");
        if (body["format"] is not null && !string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            throw ApiException.BadRequest("format - Expected 'csv'");
        }

        var job = new ExportJob
        {
            Id = state.Ids.Next("ej_"),
            TableId = table.Id,
            ViewId = viewId ?? string.Empty,
            FileName = FileName(table.Name),
            Csv = Csv(table),
            RecordCount = table.Records.Count,
            StartedAt = state.Now(),
            Fault = state.Faults.ExportFault,
        };
        state.Exports.Add(job.Id, job);
        return ApiResults.Ok(ApiJson.ExportJob(state, job));
    }

    private IResult Get(string jobId) =>
        ApiResults.Ok(ApiJson.ExportJob(state, state.Exports.GetValueOrDefault(jobId) ?? throw ApiException.NotFound()));

    private IResult Download(string jobId)
    {
        if (!state.Exports.TryGetValue(jobId, out var job) || ApiJson.ExportStatus(state, job) != "FINISHED")
        {
            throw ApiException.NotFound();
        }

        return Results.Text(job.Csv, "text/csv; charset=utf-8");
    }

    /// <summary>The table as it reads now: a header of field names, one line per record, RFC 4180 quoting.</summary>
    private string Csv(Table table)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, CsvWriterOptions.Default, leaveOpen: true))
        {
            foreach (var field in table.Fields)
            {
                csv.WriteField(field.Name);
            }

            csv.EndRecord();
            foreach (var record in table.Records)
            {
                foreach (var field in table.Fields)
                {
                    var value = record.Cells.TryGetValue(field.Id, out var cell) ? ViewHandlers.Text(state.Read(field, cell).Value) : null;
                    csv.WriteField(value ?? string.Empty);
                }

                csv.EndRecord();
            }
        }

        return text.ToString();
    }

    private static string FileName(string tableName)
    {
        var slug = new string([.. tableName.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
        return (slug.Length == 0 ? "table" : slug) + "-export";
    }
}
