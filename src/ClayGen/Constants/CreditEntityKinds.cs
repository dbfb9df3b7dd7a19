namespace ClayGen;

/// <summary>Known values of <see cref="CreditEntityInfo.Kind"/>. The set is open: Clay may send others.</summary>
public static class CreditEntityKinds
{
    /// <summary>A folder.</summary>
    public const string Folder = "folder";

    /// <summary>A workbook.</summary>
    public const string Workbook = "workbook";

    /// <summary>A table.</summary>
    public const string Table = "table";

    /// <summary>A source.</summary>
    public const string Source = "source";
}
