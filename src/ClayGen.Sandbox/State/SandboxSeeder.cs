using System.Text.Json.Nodes;
using ClayGen.Sandbox.Model;

namespace ClayGen.Sandbox.State;

/// <summary>
/// Fills a fresh state with a small, deterministic workspace: two users, a folder, two workbooks,
/// three live tables, a webhook source, five integrations and their credit spend.
/// </summary>
internal static class SandboxSeeder
{
    // Fixed so seeded data (and snapshots of it) do not depend on when the sandbox started.
    private static readonly DateTimeOffset SeedTime = new(2025, 1, 15, 9, 30, 0, TimeSpan.Zero);

    /// <summary>Seeds <paramref name="state"/> and returns the main table, whose ids the sandbox exposes.</summary>
    public static Table Seed(SandboxState state)
    {
        SeedUsers(state);
        SeedIntegrations(state);

        var companies = SeedCompaniesTable(state);
        var oldLeads = SeedArchive(state);
        var inbound = state.CreateTable(
            "Inbound Webhook Leads", null, null, SandboxState.MemberUserId, SeedTime.AddDays(3), ("Email", "text"));
        state.CreateSource(inbound, "Website form", "webhook", [], SeedTime.AddDays(3));

        SeedCreditUsage(state, companies, oldLeads, inbound);
        return companies;
    }

    private static void SeedUsers(SandboxState state)
    {
        state.Users.Add(new WorkspaceUser(SandboxState.OwnerUserId, "Sandbox Owner", "owner@example.com", "OWNER", HasCreditLimit: false));
        state.Users.Add(new WorkspaceUser(SandboxState.MemberUserId, "Sandbox Member", "member@example.com", "MEMBER", HasCreditLimit: true));
    }

    private static void SeedIntegrations(SandboxState state)
    {
        state.Packages.Add(new IntegrationPackage("0b5c2d1e-8f3a-4c6b-9d7e-1a2b3c4d5e61", "ElevenLabs", "elevenlabs", [new("elevenlabs-text-to-speech", "Text to Speech")]));
        state.Packages.Add(new IntegrationPackage("1c6d3e2f-9a4b-4d7c-8e8f-2b3c4d5e6f72", "OpenAI", "openai", [new("openai-chat-completion", "Use AI"), new("openai-embeddings", "Create embeddings")]));
        state.Packages.Add(new IntegrationPackage("2d7e4f3a-ab5c-4e8d-9f90-3c4d5e6f7083", "HubSpot", "hubspot", [new("hubspot-create-contact", "Create HubSpot contact")]));
        state.Packages.Add(new IntegrationPackage("3e8f5a4b-bc6d-4f9e-a0a1-4d5e6f708194", "Apollo", "apollo", [new("apollo-enrich-person", "Enrich person")]));
        state.Packages.Add(new IntegrationPackage("4f9a6b5c-cd7e-4a0f-b1b2-5e6f708192a5", "Clearbit", "clearbit", [new("clearbit-enrich-company", "Enrich company")]));

        state.AppAccounts.Add(new AppAccount(state.Ids.Next("aa_"), "ElevenLabs (Clay-managed)", "elevenlabs", IsSharedPublicKey: true, UserOwnerId: null));
        state.AppAccounts.Add(new AppAccount(state.Ids.Next("aa_"), "OpenAI team key", "openai", IsSharedPublicKey: false, UserOwnerId: null));
        state.AppAccounts.Add(new AppAccount(state.Ids.Next("aa_"), "HubSpot production", "hubspot", IsSharedPublicKey: false, UserOwnerId: SandboxState.OwnerUserId));
        state.AppAccounts.Add(new AppAccount(state.Ids.Next("aa_"), "Apollo (Clay-managed)", "apollo", IsSharedPublicKey: true, UserOwnerId: null));
        state.AppAccounts.Add(new AppAccount(state.Ids.Next("aa_"), "Clearbit", "clearbit", IsSharedPublicKey: false, UserOwnerId: SandboxState.MemberUserId));
    }

    private static Table SeedCompaniesTable(SandboxState state)
    {
        var workbook = state.CreateWorkbook(
            "Lead Enrichment", null, new JsonObject { ["isAutoRun"] = true }, SandboxState.OwnerUserId, SeedTime);
        var table = state.CreateTable(
            "Companies",
            workbook.Id,
            null,
            SandboxState.OwnerUserId,
            SeedTime,
            ("Company Name", "text"),
            ("Domain", "text"),
            ("Employees", "number"),
            ("Enrich Company", "action"));
        var clearbit = state.Packages.Single(p => p.ProviderType == "clearbit");
        table.Fields[3].TypeSettings = new JsonObject
        {
            ["actionKey"] = clearbit.Actions[0].Key,
            ["actionPackageId"] = clearbit.Id,
            ["actionVersion"] = 1,
            ["dataTypeSettings"] = new JsonObject { ["type"] = "json" },
            ["inputsBinding"] = new JsonArray(new JsonObject { ["name"] = "domain", ["formulaText"] = $"{{{{{table.Fields[1].Id}}}}}" }),
        };
        return table;
    }

    private static Table SeedArchive(SandboxState state)
    {
        var at = SeedTime.AddDays(1);
        var folder = state.CreateFolder("GTM Campaigns", null, SandboxState.OwnerUserId, at);
        var workbook = state.CreateWorkbook("Archive 2024", folder.Id, [], SandboxState.MemberUserId, at);
        var table = state.CreateTable("Old Leads", workbook.Id, null, SandboxState.MemberUserId, at, ("Name", "text"), ("Email", "text"));
        foreach (var (name, email) in new[] { ("Ada Lovelace", "ada@example.com"), ("Grace Hopper", "grace@example.com"), ("Alan Turing", "alan@example.com") })
        {
            var record = new TableRecord { Id = state.NewRecordId(table), CreatedAt = at, UpdatedAt = at };
            record.Cells[table.Fields[0].Id] = new Cell(JsonValue.Create(name), "SUCCESS");
            record.Cells[table.Fields[1].Id] = new Cell(JsonValue.Create(email), "SUCCESS");
            table.Records.Add(record);
        }

        return table;
    }

    private static void SeedCreditUsage(SandboxState state, Table companies, Table oldLeads, Table inbound)
    {
        var enrichment = Entity(state, companies.WorkbookId!, "workbook");
        var archive = Entity(state, oldLeads.WorkbookId!, "workbook");
        var folder = Entity(state, ((Workbook)state.Resources[oldLeads.WorkbookId!]).ParentFolderId!, "folder");
        var deletedTable = new CreditEntity(state.Ids.Next("t_"), "Q1 test table", "table", IsDeleted: true);

        var placements = new (CreditEntity Table, CreditEntity? Workbook, CreditEntity? Folder)[]
        {
            (Entity(state, companies.Id, "table"), enrichment, null),
            (deletedTable, enrichment, null),
            (Entity(state, oldLeads.Id, "table"), archive, folder),
            (Entity(state, inbound.Id, "table"), null, null),
        };

        var owners = new[] { SandboxState.OwnerUserId, SandboxState.MemberUserId };
        foreach (var (table, workbook, parent) in placements)
        {
            foreach (var ownerId in owners)
            {
                foreach (var package in state.Packages.Take(3))
                {
                    // Halves keep credits fractional, as Clay's are.
                    var credits = state.Random.Next(20, 8000) + (state.Random.Next(2) * 0.5);
                    var executions = state.Random.Next(10, 6000);
                    var recurring = state.Random.Next(2) == 0;
                    state.CreditUsage.Add(new CreditUsage(table, workbook, parent, ownerId, package.Id, credits, executions, recurring));
                }
            }
        }
    }

    private static CreditEntity Entity(SandboxState state, string id, string kind) => new(id, state.Resources[id].Name, kind);
}
