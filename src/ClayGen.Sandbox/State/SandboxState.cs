using System.Globalization;
using System.Text.Json.Nodes;
using ClayGen.Sandbox.Http;
using ClayGen.Sandbox.Model;

namespace ClayGen.Sandbox.State;

/// <summary>
/// Everything the sandbox remembers. Not thread-safe by itself: the pipeline runs every handler
/// under <see cref="Sync"/>, and public members of <see cref="ClaySandbox"/> take it too.
/// </summary>
internal sealed class SandboxState
{
    public const int WorkspaceId = 712043;
    public const string WorkspaceName = "Acme GTM";
    public const int OwnerUserId = 4515;
    public const int MemberUserId = 4516;

    private long _sequence;

    public SandboxState(ClaySandboxOptions options, ClaySandboxFaults faults)
    {
        Options = options;
        Faults = faults;
        Email = options.Email;
        Password = options.Password;
        Random = new Random(options.Seed);
        Ids = new IdGenerator(Random);
        Sessions = new SessionStore(Ids);
        WebhookLimit = new TokenBucket(options.WebhookRecordsPerSecond, options.WebhookBurst, Now());
    }

    public ClaySandboxOptions Options { get; }

    public ClaySandboxFaults Faults { get; }

    /// <summary>Paces webhook ingestion for the (only) workspace.</summary>
    public TokenBucket WebhookLimit { get; }

    public Lock Sync { get; } = new();

    public Random Random { get; }

    public IdGenerator Ids { get; }

    public SessionStore Sessions { get; }

    public string Email { get; }

    public string Password { get; }

    /// <summary>Set once the server listens; webhook URLs are built from it.</summary>
    public Uri BaseAddress { get; set; } = new("http://127.0.0.1/");

    public Dictionary<string, Resource> Resources { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Source> Sources { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ExportJob> Exports { get; } = new(StringComparer.Ordinal);

    public List<WorkspaceUser> Users { get; } = [];

    public List<IntegrationPackage> Packages { get; } = [];

    public List<AppAccount> AppAccounts { get; } = [];

    public List<CreditUsage> CreditUsage { get; } = [];

    public DateTimeOffset Now() => Options.TimeProvider.GetUtcNow();

    public long NextSequence() => ++_sequence;

    public IEnumerable<Resource> OrderedResources() => Resources.Values.OrderBy(r => r.Sequence);

    public Table RequireTable(string tableId) =>
        Resources.TryGetValue(tableId, out var resource) && resource is Table table ? table : throw ApiException.NotFound();

    /// <summary>A cell as it reads now: a cell under a run shows QUEUED, then RUNNING, then the run's outcome.</summary>
    public CellState Read(Field? field, Cell cell)
    {
        var isAction = field?.IsAction == true;
        if (cell.Run is not { } run)
        {
            return new CellState(cell.Value, cell.Status, isAction ? cell.Value : null, isAction);
        }

        var elapsed = Now() - run.StartedAt;
        if (elapsed < Options.RunQueuedFor)
        {
            return new CellState(null, "QUEUED", null, isAction);
        }

        return elapsed < Options.RunQueuedFor + Options.RunRunningFor
            ? new CellState(null, "RUNNING", null, isAction)
            : new CellState(run.Preview, run.FinalStatus, run.FullValue, isAction);
    }

    /// <summary>
    /// A body's <c>workspaceId</c>: a 400 when absent, a 404 unless it is the seeded workspace, sent as a
    /// number or a numeric string (clients send both).
    /// </summary>
    public static void RequireWorkspace(JsonObject body)
    {
        var node = body["workspaceId"] ?? throw ApiException.BadRequest("workspaceId - Required");
        if (!JsonRead.TryInt(node, out var id) || id != WorkspaceId)
        {
            throw ApiException.NotFound();
        }
    }

    /// <summary>Only the seeded workspace exists; any other id (or a non-number) is a 404.</summary>
    public static void RequireWorkspace(string segment)
    {
        if (!int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id != WorkspaceId)
        {
            throw ApiException.NotFound();
        }
    }

    public Folder CreateFolder(string name, string? parentFolderId, int ownerId, DateTimeOffset at)
    {
        var folder = new Folder
        {
            Id = Ids.Next("f_"),
            Name = name,
            ParentFolderId = parentFolderId,
            OwnerId = ownerId,
            CreatedAt = at,
            UpdatedAt = at,
            Sequence = NextSequence(),
        };
        Resources.Add(folder.Id, folder);
        return folder;
    }

    public Workbook CreateWorkbook(string name, string? parentFolderId, JsonObject settings, int ownerId, DateTimeOffset at)
    {
        var workbook = new Workbook
        {
            Id = Ids.Next("wb_"),
            Name = name,
            ParentFolderId = parentFolderId,
            Settings = settings,
            OwnerId = ownerId,
            CreatedAt = at,
            UpdatedAt = at,
            Sequence = NextSequence(),
        };
        Resources.Add(workbook.Id, workbook);
        return workbook;
    }

    /// <summary>A table with the given (name, type) fields and Clay's two stock views.</summary>
    public Table CreateTable(string name, string? workbookId, string? parentFolderId, int ownerId, DateTimeOffset at, params (string Name, string Type)[] fields) =>
        CreateTable(name, "spreadsheet", workbookId, parentFolderId, ownerId, at, withViews: true, fields);

    public Table CreateTable(string name, string type, string? workbookId, string? parentFolderId, int ownerId, DateTimeOffset at, bool withViews, params (string Name, string Type)[] fields)
    {
        var table = new Table
        {
            Id = Ids.Next("t_"),
            Name = name,
            Type = type,
            WorkbookId = workbookId,
            ParentFolderId = parentFolderId,
            OwnerId = ownerId,
            CreatedAt = at,
            UpdatedAt = at,
            Sequence = NextSequence(),
        };
        foreach (var (fieldName, fieldType) in fields)
        {
            table.Fields.Add(new Field(Ids.Next("f_"), fieldName, fieldType, DefaultTypeSettings(fieldType)));
        }

        if (withViews)
        {
            table.Views.Add(new View(Ids.Next("gv_"), "Default view"));
            table.Views.Add(new View(Ids.Next("gv_"), "All rows"));
        }

        Resources.Add(table.Id, table);
        return table;
    }

    public Source CreateSource(Table table, string name, string type, JsonObject typeSettings, DateTimeOffset at)
    {
        // Clay gives each source a field of its own that holds the raw payloads.
        var dataField = new Field(Ids.Next("f_"), name, "source", new JsonObject { ["dataTypeSettings"] = new JsonObject { ["type"] = "json" } });
        table.Fields.Add(dataField);
        var source = new Source
        {
            Id = Ids.Next("s_"),
            Name = name,
            Type = type,
            TypeSettings = typeSettings,
            DataFieldId = dataField.Id,
            TableId = table.Id,
            WebhookSlug = type == "webhook" ? $"pull-in-data-from-a-webhook-{Ids.NextGuid()}" : null,
            CreatedAt = at,
        };
        Sources.Add(source.Id, source);
        return source;
    }

    /// <summary>Type settings of a seeded field: plain types name their data type, as Clay requires on create.</summary>
    private static JsonObject DefaultTypeSettings(string type) =>
        new() { ["dataTypeSettings"] = new JsonObject { ["type"] = type == "action" ? "json" : type } };

    public string NewRecordId(Table table)
    {
        string id;
        do
        {
            id = Ids.Next("r_");
        }
        while (table.Records.Contains(id));

        return id;
    }
}
