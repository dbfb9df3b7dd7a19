using System.Text.Json.Nodes;
using ClayGen.Sandbox.Http;
using ClayGen.Sandbox.Model;
using ClayGen.Sandbox.State;

namespace ClayGen.Sandbox.Handlers;

/// <summary>Renders model objects in Clay's response shapes. Every node is fresh, never shared with the state.</summary>
internal static class ApiJson
{
    public static JsonObject Resource(Resource resource)
    {
        var json = new JsonObject
        {
            ["id"] = resource.Id,
            ["name"] = resource.Name,
            ["resourceType"] = resource.ResourceType,
            ["parentFolderId"] = resource.ParentFolderId,
            ["ownerId"] = resource.OwnerId,
            ["workspaceId"] = SandboxState.WorkspaceId,
            ["createdAt"] = ApiTime.Format(resource.CreatedAt),
            ["updatedAt"] = ApiTime.Format(resource.UpdatedAt),
        };
        if (resource is Table table)
        {
            json["workbookId"] = table.WorkbookId;
        }

        return json;
    }

    public static JsonObject Folder(Folder folder) => new()
    {
        ["id"] = folder.Id,
        ["name"] = folder.Name,
        ["parentFolderId"] = folder.ParentFolderId,
        ["workspaceId"] = SandboxState.WorkspaceId,
        ["ownerId"] = folder.OwnerId,
        ["createdAt"] = ApiTime.Format(folder.CreatedAt),
    };

    public static JsonObject Workbook(Workbook workbook) => new()
    {
        ["id"] = workbook.Id,
        ["name"] = workbook.Name,
        ["workspaceId"] = SandboxState.WorkspaceId,
        ["parentFolderId"] = workbook.ParentFolderId,
        ["ownerId"] = workbook.OwnerId,
        ["settings"] = workbook.Settings.DeepClone(),
        ["createdAt"] = ApiTime.Format(workbook.CreatedAt),
    };

    public static JsonObject Table(Table table)
    {
        var fields = new JsonArray();
        foreach (var field in table.Fields)
        {
            fields.Add(new JsonObject { ["id"] = field.Id, ["name"] = field.Name, ["type"] = field.Type });
        }

        var views = new JsonArray();
        foreach (var view in table.Views)
        {
            views.Add(new JsonObject { ["id"] = view.Id, ["name"] = view.Name });
        }

        return new JsonObject
        {
            ["id"] = table.Id,
            ["name"] = table.Name,
            ["workspaceId"] = SandboxState.WorkspaceId,
            ["workbookId"] = table.WorkbookId,
            ["fields"] = fields,
            ["views"] = views,
            ["firstViewId"] = table.Views.Count > 0 ? table.Views[0].Id : null,
            ["createdAt"] = ApiTime.Format(table.CreatedAt),
            ["updatedAt"] = ApiTime.Format(table.UpdatedAt),
        };
    }

    public static JsonObject Record(Table table, TableRecord record)
    {
        var cells = new JsonObject();
        foreach (var (fieldId, cell) in record.Cells)
        {
            cells[fieldId] = new JsonObject
            {
                ["value"] = cell.Value?.DeepClone(),
                ["metadata"] = new JsonObject { ["status"] = cell.Status },
            };
        }

        return new JsonObject
        {
            ["id"] = record.Id,
            ["tableId"] = table.Id,
            ["cells"] = cells,
            ["recordMetadata"] = new JsonObject(),
            ["createdAt"] = ApiTime.Format(record.CreatedAt),
            ["updatedAt"] = ApiTime.Format(record.UpdatedAt),
        };
    }

    public static JsonObject Source(Source source, Uri baseAddress)
    {
        var json = new JsonObject
        {
            ["id"] = source.Id,
            ["name"] = source.Name,
            ["type"] = source.Type,
            ["typeSettings"] = source.TypeSettings.DeepClone(),
            ["dataFieldId"] = source.DataFieldId,
            ["tableId"] = source.TableId,
            ["workspaceId"] = SandboxState.WorkspaceId,
            ["createdAt"] = ApiTime.Format(source.CreatedAt),
        };
        if (source.WebhookSlug is not null)
        {
            json["webhookUrl"] = new Uri(baseAddress, $"v3/sources/webhook/{source.WebhookSlug}").ToString();
        }

        return json;
    }

    public static JsonObject AppAccount(AppAccount account) => new()
    {
        ["id"] = account.Id,
        ["name"] = account.Name,
        ["appAccountTypeId"] = account.AppAccountTypeId,
        ["isSharedPublicKey"] = account.IsSharedPublicKey,
        ["userOwnerId"] = account.UserOwnerId,
        ["workspaceOwnerId"] = SandboxState.OwnerUserId,
        ["defaultAccess"] = "can_use",
        ["abilities"] = new JsonObject { ["canUpdate"] = false, ["canDelete"] = false, ["canAccess"] = true },
    };
}
