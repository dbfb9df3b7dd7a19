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
    public const string CompanyField = "f_0tq8mA1company";
    public const string EmployeesField = "f_0tq8mA2employees";
    public const string EnrichField = "f_0tq8mB1enrich";
    public const string Record1 = "r_0tq8mRec0001";
    public const string Record2 = "r_0tq8mRec0002";
    public const string Record3 = "r_0tq8mRec0003";
    public const string WebhookSource = "s_0tq8mWebhook1";
    public const string ElevenLabsPackage = "6c4f2a8e-8b1d-4f55-9a3e-2b7c9d0e1f23";
    public const string LoginEmail = "user@example.com";
    public const string LoginPassword = global::ClayGen.Recorder.ClayPlaceholders.Password;

    public static readonly DateTimeOffset ReportStart = new(2025, 6, 30, 19, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset ReportEnd = new(2025, 7, 31, 19, 0, 0, TimeSpan.Zero);
}
