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
            fields.Add(Field(field));
        }

        var views = new JsonArray();
        var gridViews = new JsonArray();
        foreach (var view in table.Views)
        {
            views.Add(new JsonObject { ["id"] = view.Id, ["name"] = view.Name });
            // The sandbox's views show every field in table order.
            var fieldOrder = new JsonArray();
            foreach (var field in table.Fields)
            {
                fieldOrder.Add(field.Id);
            }

            gridViews.Add(new JsonObject { ["id"] = view.Id, ["name"] = view.Name, ["fieldOrder"] = fieldOrder });
        }

        return new JsonObject
        {
            ["id"] = table.Id,
            ["name"] = table.Name,
            ["type"] = table.Type,
            ["workspaceId"] = SandboxState.WorkspaceId,
            ["workbookId"] = table.WorkbookId,
            ["fields"] = fields,
            ["views"] = views,
            ["gridViews"] = gridViews,
            ["firstViewId"] = table.Views.Count > 0 ? table.Views[0].Id : null,
            ["createdAt"] = ApiTime.Format(table.CreatedAt),
            ["updatedAt"] = ApiTime.Format(table.UpdatedAt),
        };
    }

    /// <summary>A view as <c>createView</c> answers it; the sandbox's views show every field, in table order, unfiltered.</summary>
    public static JsonObject View(Table table, View view)
    {
        var fields = new JsonObject();
        for (var i = 0; i < table.Fields.Count; i++)
        {
            fields[table.Fields[i].Id] = new JsonObject { ["order"] = i, ["isVisible"] = true, ["width"] = 200 };
        }

        return new JsonObject
        {
            ["id"] = view.Id,
            ["tableId"] = table.Id,
            ["name"] = view.Name,
            ["order"] = table.Views.IndexOf(view),
            ["fields"] = fields,
            ["sort"] = null,
            ["filter"] = view.Filter?.ToJson(),
            ["limit"] = null,
            ["offset"] = null,
        };
    }

    /// <summary>A table in a listing: <c>{id, name, type, workbookId}</c>.</summary>
    public static JsonObject TableSummary(Table table) => new()
    {
        ["id"] = table.Id,
        ["name"] = table.Name,
        ["type"] = table.Type,
        ["workbookId"] = table.WorkbookId,
    };

    public static JsonObject Field(Field field) => new()
    {
        ["id"] = field.Id,
        ["name"] = field.Name,
        ["type"] = field.Type,
        ["typeSettings"] = field.TypeSettings.DeepClone(),
    };

    /// <summary>
    /// A record as read now. <paramref name="fieldIds"/> keeps only those cells (all when null);
    /// <paramref name="externalContent"/> says which action cells carry <c>externalContent</c>.
    /// </summary>
    public static JsonObject Record(SandboxState state, Table table, TableRecord record, Func<string, bool>? externalContent = null, ISet<string>? fieldIds = null)
    {
        var cells = new JsonObject();
        var runHistory = new JsonObject();
        foreach (var (fieldId, cell) in record.Cells)
        {
            if (fieldIds is not null && !fieldIds.Contains(fieldId))
            {
                continue;
            }

            var read = state.Read(table.FindField(fieldId), cell);
            var json = new JsonObject
            {
                ["value"] = read.Value?.DeepClone(),
                ["metadata"] = new JsonObject { ["status"] = read.Status },
            };
            if (read.IsAction && externalContent?.Invoke(fieldId) == true)
            {
                json["externalContent"] = new JsonObject { ["fullValue"] = read.FullValue?.DeepClone(), ["status"] = read.Status };
            }

            cells[fieldId] = json;
            if (cell.Run is { } run)
            {
                runHistory[fieldId] = new JsonArray(new JsonObject { ["time"] = run.StartedAt.ToUnixTimeMilliseconds(), ["runId"] = run.RunId });
            }
        }

        return new JsonObject
        {
            ["id"] = record.Id,
            ["tableId"] = table.Id,
            ["cells"] = cells,
            ["recordMetadata"] = runHistory.Count == 0 ? new JsonObject() : new JsonObject { ["runHistory"] = runHistory },
            ["createdAt"] = ApiTime.Format(record.CreatedAt),
            ["updatedAt"] = ApiTime.Format(record.UpdatedAt),
        };
    }

    public static JsonObject Source(Source source, Uri baseAddress)
    {
        var typeSettings = (JsonObject)source.TypeSettings.DeepClone();
        typeSettings["hasAuth"] = source.AuthToken is not null;
        typeSettings["iconType"] ??= source.Type == "webhook" ? "Webhook" : "Manual";
        var json = new JsonObject
        {
            ["id"] = source.Id,
            ["name"] = source.Name,
            ["type"] = source.Type,
            ["typeSettings"] = typeSettings,
            ["dataFieldId"] = source.DataFieldId,
            ["tableId"] = source.TableId,
            ["workspaceId"] = SandboxState.WorkspaceId,
            ["sourceSubscriptions"] = new JsonArray(new JsonObject { ["tableId"] = source.TableId, ["fieldId"] = source.DataFieldId }),
            ["state"] = new JsonObject { ["numSourceRecords"] = source.NumSourceRecords },
            ["createdAt"] = ApiTime.Format(source.CreatedAt),
        };
        if (source.WebhookSlug is not null)
        {
            json["webhookUrl"] = new Uri(baseAddress, $"v3/sources/webhook/{source.WebhookSlug}").ToString();
        }

        return json;
    }

    /// <summary>An export job as it stands now; a finished one carries its download URL.</summary>
    public static JsonObject ExportJob(SandboxState state, ExportJob job)
    {
        var status = ExportStatus(state, job);
        var json = new JsonObject
        {
            ["id"] = job.Id,
            ["workspaceId"] = SandboxState.WorkspaceId,
            ["tableId"] = job.TableId,
            ["viewId"] = job.ViewId,
            ["userId"] = SandboxState.OwnerUserId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["status"] = status,
            ["fileName"] = job.FileName,
            ["uploadedFilePath"] = status == "FINISHED" ? $"exports/{job.Id}/{job.FileName}.csv" : null,
            ["totalRecordsInViewCount"] = job.RecordCount,
        };
        if (status == "FINISHED")
        {
            json["downloadUrl"] = DownloadUrl(state, job);
            json["recordsExportedCount"] = job.RecordCount;
        }

        return json;
    }

    /// <summary>ACTIVE until the export delay has passed (for good under <see cref="ClaySandboxExportFault.NeverFinish"/>), then FINISHED or FAILED.</summary>
    public static string ExportStatus(SandboxState state, ExportJob job) =>
        job.Fault == ClaySandboxExportFault.NeverFinish || state.Now() - job.StartedAt < state.Options.ExportDelay
            ? "ACTIVE"
            : job.Fault == ClaySandboxExportFault.Fail ? "FAILED" : "FINISHED";

    private static string DownloadUrl(SandboxState state, ExportJob job) => new Uri(state.BaseAddress, $"exports/{job.Id}/download").ToString();

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
