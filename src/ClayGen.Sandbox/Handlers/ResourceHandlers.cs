using System.Text.Json.Nodes;
using ClayGen.Sandbox.Hosting;
using ClayGen.Sandbox.Http;
using ClayGen.Sandbox.Model;
using ClayGen.Sandbox.State;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace ClayGen.Sandbox.Handlers;

/// <summary>Folders, workbooks, the resource tree listing, search and bulk delete.</summary>
internal sealed class ResourceHandlers(SandboxState state)
{
    public void Map(IEndpointRouteBuilder v3)
    {
        v3.MapSandboxRoute("POST", "/workspaces/{ws}/folders", (string ws, [FromBody] JsonNode? body) => CreateFolder(ws, body));
        v3.MapSandboxRoute("POST", "/workbooks", ([FromBody] JsonNode? body) => CreateWorkbook(body));
        v3.MapSandboxRoute("POST", "/workspaces/{ws}/resources_v2/", (string ws, [FromBody] JsonNode? body) => ListResources(ws, body));
        v3.MapSandboxRoute("POST", "/workspaces/{ws}/resources/search", (string ws, [FromBody] JsonNode? body) => Search(ws, body));
        v3.MapSandboxRoute("DELETE", "/workspaces/{ws}/resources/", (string ws, [FromBody] JsonNode? body) => BulkDelete(ws, body));
    }

    private IResult CreateFolder(string ws, JsonNode? request)
    {
        SandboxState.RequireWorkspace(ws);
        var body = JsonRead.RequireObject(request);
        var name = RequireName(body);
        var parentId = OptionalParentFolder(body);
        var folder = state.CreateFolder(name, parentId, SandboxState.OwnerUserId, state.Now());
        return ApiResults.Ok(ApiJson.Folder(folder));
    }

    private IResult CreateWorkbook(JsonNode? request)
    {
        var body = JsonRead.RequireObject(request);
        var name = RequireName(body);
        SandboxState.RequireWorkspace(body);

        var settings = body["settings"] switch
        {
            null => new JsonObject(),
            JsonObject given => (JsonObject)given.DeepClone(),
            _ => throw ApiException.BadRequest("settings - Expected object"),
        };
        var parentId = OptionalParentFolder(body);
        var workbook = state.CreateWorkbook(name, parentId, settings, SandboxState.OwnerUserId, state.Now());
        return ApiResults.Ok(ApiJson.Workbook(workbook));
    }

    private IResult ListResources(string ws, JsonNode? request)
    {
        SandboxState.RequireWorkspace(ws);
        var body = JsonRead.ObjectOrEmpty(request);
        var filters = body["filters"] switch
        {
            null => new JsonObject(),
            JsonObject given => given,
            _ => throw ApiException.BadRequest("filters - Expected object"),
        };

        // The docs site also shows resourceTypes (and clients put the other filters) at the top level.
        var types = JsonRead.StringList(filters, "resourceTypes") ?? JsonRead.StringList(body, "resourceTypes");
        var ownerIds = JsonRead.IntList(filters, "ownerIds") ?? JsonRead.IntList(body, "ownerIds");
        var query = JsonRead.String(filters, "q") ?? JsonRead.String(body, "q");
        var isGlobal = JsonRead.Bool(body, "isGlobalSearch") ?? false;
        var parentId = ParentResourceId(body["parentResource"]);
        if (parentId is not null && !state.Resources.ContainsKey(parentId))
        {
            throw ApiException.NotFound();
        }

        IEnumerable<Resource> scope = (parentId, isGlobal) switch
        {
            (not null, true) => state.OrderedResources().Where(r => IsDescendant(r, parentId)),
            (not null, false) => state.OrderedResources().Where(r => r.ContainerId == parentId),
            (null, true) => state.OrderedResources(),
            (null, false) => state.OrderedResources().Where(r => r.ContainerId is null),
        };

        var matches = scope.Where(r =>
            (types is null || types.Count == 0 || types.Contains(r.ResourceType, StringComparer.OrdinalIgnoreCase))
            && (ownerIds is null || ownerIds.Count == 0 || ownerIds.Contains(r.OwnerId))
            && NameMatches(r, query));
        return ResourceList(matches);
    }

    private IResult Search(string ws, JsonNode? request)
    {
        SandboxState.RequireWorkspace(ws);
        var body = JsonRead.RequireObject(request);
        var query = JsonRead.String(body, "query") ?? throw ApiException.BadRequest("query - Required");
        return ResourceList(state.OrderedResources().Where(r => NameMatches(r, query)));
    }

    private IResult BulkDelete(string ws, JsonNode? request)
    {
        SandboxState.RequireWorkspace(ws);
        var body = JsonRead.RequireObject(request);
        var folderIds = JsonRead.StringList(body, "folderIds");
        var workbookIds = JsonRead.StringList(body, "workbookIds");
        var tableIds = JsonRead.StringList(body, "tableIds");
        if (folderIds is null && workbookIds is null && tableIds is null)
        {
            throw ApiException.BadRequest("folderIds - Required, workbookIds - Required, tableIds - Required");
        }

        var roots = new HashSet<string>(StringComparer.Ordinal);
        AddExisting<Folder>(roots, folderIds);
        AddExisting<Workbook>(roots, workbookIds);
        AddExisting<Table>(roots, tableIds);

        // Whatever sat inside a deleted folder or workbook goes with it.
        var doomed = state.Resources.Values.Where(r => roots.Any(root => IsDescendant(r, root) || r.Id == root)).ToList();
        foreach (var resource in doomed)
        {
            state.Resources.Remove(resource.Id);
        }

        var doomedTables = doomed.OfType<Table>().Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var source in state.Sources.Values.Where(s => doomedTables.Contains(s.TableId)).ToList())
        {
            state.Sources.Remove(source.Id);
        }

        return ApiResults.Empty();
    }

    private void AddExisting<T>(HashSet<string> ids, List<string>? candidates)
        where T : Resource
    {
        foreach (var id in candidates ?? [])
        {
            if (state.Resources.TryGetValue(id, out var resource) && resource is T)
            {
                ids.Add(id);
            }
        }
    }

    private bool IsDescendant(Resource resource, string ancestorId)
    {
        for (var parent = resource.ContainerId; parent is not null;)
        {
            if (parent == ancestorId)
            {
                return true;
            }

            parent = state.Resources.TryGetValue(parent, out var next) ? next.ContainerId : null;
        }

        return false;
    }

    private string? OptionalParentFolder(JsonObject body)
    {
        if (body["parentFolderId"] is null)
        {
            return null;
        }

        var id = JsonRead.String(body, "parentFolderId");
        return id is not null && state.Resources.TryGetValue(id, out var parent) && parent is Folder
            ? id
            : throw ApiException.BadRequest("parentFolderId - Folder not found");
    }

    private static string RequireName(JsonObject body)
    {
        var name = JsonRead.String(body, "name");
        return string.IsNullOrWhiteSpace(name) ? throw ApiException.BadRequest("name - Required") : name;
    }

    /// <summary>Accepts <c>null</c>, <c>{"id": "f_..."}</c> or a bare id string.</summary>
    private static string? ParentResourceId(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => JsonRead.String(obj, "id") ?? throw ApiException.BadRequest("parentResource.id - Required"),
        JsonValue value when value.TryGetValue<string>(out var id) => id,
        _ => throw ApiException.BadRequest("parentResource - Expected object"),
    };

    private static bool NameMatches(Resource resource, string? query) =>
        string.IsNullOrEmpty(query) || resource.Name.Contains(query, StringComparison.OrdinalIgnoreCase);

    private static IResult ResourceList(IEnumerable<Resource> resources)
    {
        var list = new JsonArray();
        foreach (var resource in resources)
        {
            list.Add(ApiJson.Resource(resource));
        }

        return ApiResults.Ok(new JsonObject { ["resources"] = list });
    }
}
