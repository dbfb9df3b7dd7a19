using System.Text.Json.Nodes;
using ClayGen.Sandbox.Hosting;
using ClayGen.Sandbox.Http;
using ClayGen.Sandbox.Model;
using ClayGen.Sandbox.State;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ClayGen.Sandbox.Handlers;

/// <summary>Workbooks of a workspace and tables of a workbook, both answered as bare arrays as on Clay.</summary>
internal sealed class WorkbookHandlers(SandboxState state)
{
    public void Map(IEndpointRouteBuilder v3)
    {
        v3.MapSandboxRoute("GET", "/workspaces/{ws}/workbooks", (string ws) => Workbooks(ws));
        v3.MapSandboxRoute("GET", "/workbooks/{workbookId}/tables", (string workbookId) => Tables(workbookId));
        v3.MapSandboxRoute("GET", "/{ws}/workbooks/{workbookId}", (string ws, string workbookId) => Get(ws, workbookId));
    }

    private IResult Workbooks(string ws)
    {
        SandboxState.RequireWorkspace(ws);
        var list = new JsonArray();
        foreach (var workbook in state.OrderedResources().OfType<Workbook>())
        {
            list.Add(new JsonObject { ["id"] = workbook.Id, ["name"] = workbook.Name });
        }

        return ApiResults.Ok(list);
    }

    private IResult Get(string ws, string workbookId)
    {
        SandboxState.RequireWorkspace(ws);
        return state.Resources.TryGetValue(workbookId, out var resource) && resource is Workbook workbook
            ? ApiResults.Ok(ApiJson.Workbook(workbook))
            : throw ApiException.NotFound();
    }

    private IResult Tables(string workbookId)
    {
        if (!state.Resources.TryGetValue(workbookId, out var resource) || resource is not Workbook)
        {
            throw ApiException.NotFound();
        }

        var list = new JsonArray();
        foreach (var table in state.OrderedResources().OfType<Table>().Where(t => t.WorkbookId == workbookId))
        {
            list.Add(ApiJson.TableSummary(table));
        }

        return ApiResults.Ok(list);
    }
}
