using System.Text.Json.Nodes;
using ClayGen.Sandbox.Hosting;
using ClayGen.Sandbox.Http;
using ClayGen.Sandbox.Model;
using ClayGen.Sandbox.State;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace ClayGen.Sandbox.Handlers;

/// <summary>
/// <c>PATCH /v3/tables/{tableId}/run</c>. Clay runs enrichments asynchronously; the sandbox decides each
/// targeted action cell's outcome when the run starts and reveals it on its clock: QUEUED, then
/// RUNNING, then SUCCESS (or ERROR_OUT_OF_CREDITS once <see cref="ClaySandboxFaults.CreditsRemaining"/>
/// is used up), so clients can poll for progress.
/// </summary>
internal sealed class RunHandler(SandboxState state)
{
    public void Map(IEndpointRouteBuilder v3) =>
        v3.MapSandboxRoute("PATCH", "/tables/{tableId}/run", (string tableId, [FromBody] JsonNode? body) => Run(tableId, body));

    private IResult Run(string tableId, JsonNode? request)
    {
        var table = state.RequireTable(tableId);
        var body = JsonRead.ObjectOrEmpty(request);

        // Same wording and order as Clay's validator, listing only what is missing.
        var missing = new List<string>();
        if (body["fieldIds"] is null)
        {
            missing.Add("fieldIds - Required");
        }

        if (body["runRecords"] is null)
        {
            missing.Add("runRecords - Required");
        }

        if (missing.Count > 0)
        {
            throw ApiException.BadRequest(string.Join(", ", missing));
        }

        var fieldIds = JsonRead.StringList(body, "fieldIds")!;
        if (fieldIds.Count == 0)
        {
            throw ApiException.BadRequest("fieldIds - Array must contain at least 1 element(s)");
        }

        foreach (var fieldId in fieldIds)
        {
            if (table.FindField(fieldId) is null)
            {
                throw ApiException.BadRequest($"Field {fieldId} does not exist in table {table.Id}");
            }
        }

        var actions = fieldIds.Distinct(StringComparer.Ordinal).Select(id => table.FindField(id)!).Where(f => f.IsAction).ToList();
        if (actions.Count == 0)
        {
            throw ApiException.BadRequest("Nothing to run: none of fieldIds is an action field");
        }

        var records = SelectRecords(table, body["runRecords"] as JsonObject ?? throw ApiException.BadRequest("runRecords - Expected object"));
        if (records.Count == 0)
        {
            throw ApiException.BadRequest("Nothing to run: runRecords selects no records");
        }

        var now = state.Now();
        var runId = state.Ids.Next("run_");
        foreach (var record in records)
        {
            foreach (var field in actions)
            {
                var run = ActionOutcome.Decide(state, table, field, record, now, runId);
                if (!record.Cells.TryGetValue(field.Id, out var cell))
                {
                    cell = new Cell(null, run.FinalStatus);
                    record.Cells[field.Id] = cell;
                }

                // The cell keeps what the run ends with, so it reads the same once the run is over.
                cell.Run = run;
                cell.Value = run.Preview;
                cell.Status = run.FinalStatus;
            }
        }

        return ApiResults.Ok(new JsonObject { ["recordCount"] = records.Count, ["runMode"] = "INDIVIDUAL" });
    }

    private static List<TableRecord> SelectRecords(Table table, JsonObject runRecords)
    {
        if (runRecords["viewIdTopRecords"] is JsonObject top)
        {
            RequireView(table, JsonRead.String(top, "viewId"), "runRecords.viewIdTopRecords.viewId");
            if (top["numRecords"] is null)
            {
                return [.. table.Records];
            }

            if (!JsonRead.TryInt(top["numRecords"], out var count) || count < 1)
            {
                throw ApiException.BadRequest("runRecords.viewIdTopRecords.numRecords - Expected positive integer");
            }

            return [.. table.Records.Take(count)];
        }

        if (runRecords["recordIds"] is not null)
        {
            var ids = JsonRead.StringList(runRecords, "recordIds")!;
            return [.. ids.Distinct(StringComparer.Ordinal).Select(table.Records.Find).OfType<TableRecord>()];
        }

        if (runRecords["viewId"] is not null)
        {
            RequireView(table, JsonRead.String(runRecords, "viewId"), "runRecords.viewId");
            return [.. table.Records];
        }

        throw ApiException.BadRequest("runRecords - Invalid input");
    }

    private static void RequireView(Table table, string? viewId, string path)
    {
        if (viewId is null)
        {
            throw ApiException.BadRequest($"{path} - Required");
        }

        if (table.FindView(viewId) is null)
        {
            throw ApiException.BadRequest($"{path} - View {viewId} does not belong to table {table.Id}");
        }
    }
}
