namespace ClayGen.ContractTests.Scenarios;

/// <summary>The ids the recordings use: shaped like Clay's (numeric workspace and user ids, prefixed strings otherwise).</summary>
public static class ClayIds
{
    public const int WorkspaceId = 712043;
    public const int UserId = 4515;
    public const string FolderId = "f_0tq8m2hKp3Lx";
    public const string WorkbookId = "wb_0tq8m5XyZa1B";
    public const string TableId = "t_0tq8m7QwEr2C";
    public const string ViewId = "gv_0tq8mDefault";
    public const string AllRowsViewId = "gv_0tq8mAllRows";
    public const string CompanyField = "f_0tq8mA1company";
    public const string EmployeesField = "f_0tq8mA2employees";
    public const string EnrichField = "f_0tq8mB1enrich";
    public const string DomainField = "f_0tq8mC1domain";
    public const string WorkEmailField = "f_0tq8mC2email";
    public const string Record1 = "r_0tq8mRec0001";
    public const string Record2 = "r_0tq8mRec0002";
    public const string Record3 = "r_0tq8mRec0003";

    /// <summary>A record id no table has (404, or absent from a bulk fetch).</summary>
    public const string MissingRecord = "r_0tq8mRec0404";
    public const string WebhookSource = "s_0tq8mWebhook1";

    /// <summary>The end of the webhook source's ingestion URL (<c>.../pull-in-data-from-a-webhook-&lt;uuid&gt;</c>).</summary>
    public const string WebhookId = "3f9c2d1e-7a4b-4c8d-9e0f-1a2b3c4d5e6f";
    public const string ExportJobId = "ej_0tq8mExp001";
    public const string FindEmailPackage = "9d2e4b7a-1c3f-4e8d-b5a6-0f1e2d3c4b5a";
    public const string AppAccountId = "aa_0tq8mAcct01";
    public const string ElevenLabsPackage = "6c4f2a8e-8b1d-4f55-9a3e-2b7c9d0e1f23";
    public const string LoginEmail = "user@example.com";
    public const string LoginPassword = global::ClayGen.Recorder.ClayPlaceholders.Password;

    public static readonly DateTimeOffset ReportStart = new(2025, 6, 30, 19, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset ReportEnd = new(2025, 7, 31, 19, 0, 0, TimeSpan.Zero);
}
