namespace ClayGen.Benchmarks.Fixtures;

/// <summary>The ids every benchmark asks for; the canned servers answer any id.</summary>
public static class ClayIds
{
    /// <summary>A workspace id.</summary>
    public const int WorkspaceId = 712043;

    /// <summary>A table id.</summary>
    public const string TableId = "t_0tbx9bench0table";

    /// <summary>A grid view id.</summary>
    public const string ViewId = "gv_0tbx9bench0view";

    /// <summary>A session cookie value in Clay's format (not a real one).</summary>
    public const string SessionCookie = "s%3AbenchSession0000000000000000.c2lnbmF0dXJlLW5vdC1yZWFs";

    /// <summary>The start of the credit report's time range.</summary>
    public static readonly DateTimeOffset ReportStart = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The end of the credit report's time range.</summary>
    public static readonly DateTimeOffset ReportEnd = new(2025, 7, 1, 0, 0, 0, TimeSpan.Zero);
}
