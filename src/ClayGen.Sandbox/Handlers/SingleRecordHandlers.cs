using System.Text.Json.Nodes;
using ClayGen.Sandbox.Hosting;
using ClayGen.Sandbox.Http;
using ClayGen.Sandbox.Model;
using ClayGen.Sandbox.State;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace ClayGen.Sandbox.Handlers;

/// <summary>Reading and updating one record.</summary>
internal sealed class SingleRecordHandlers(SandboxState state)
{
    public void Map(IEndpointRouteBuilder v3)
    {
        v3.MapSandboxRoute("GET", "/tables/{tableId}/records/{recordId}", (string tableId, string recordId) => Get(tableId, recordId));
        v3.MapSandboxRoute("PATCH", "/tables/{tableId}/records/{recordId}", (string tableId, string recordId, [FromBody] JsonNode? body) => Update(tableId, recordId, body));
    }

    // The single-record read is the one that carries every action cell's full output.
    private IResult Get(string tableId, string recordId)
    {
        var table = state.RequireTable(tableId);
        var record = Require(table, recordId);
        return ApiResults.Ok(ApiJson.Record(state, table, record, externalContent: _ => true));
    }

    private IResult Update(string tableId, string recordId, JsonNode? request)
    {
        var table = state.RequireTable(tableId);
        var record = Require(table, recordId);
        // The body is the bare cells map, not {"cells": ...}.
        var cells = CellValidation.Read(table, JsonRead.RequireObject(request), "body");

        var now = state.Now();
        foreach (var (fieldId, value) in cells)
        {
            record.Cells[fieldId] = new Cell(value, "SUCCESS");
        }

        record.UpdatedAt = now;
        return ApiResults.Ok(new JsonObject { ["message"] = "Record updates enqueued" });
    }

    // Clay reads any sub-path as a record id, so /records/count is a missing record too.
    private static TableRecord Require(Table table, string recordId) =>
        table.Records.Find(recordId) ?? throw ApiException.NotFound($"Record {recordId} was not found");
}
