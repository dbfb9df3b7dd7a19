namespace ClayGen;

/// <summary>Known values of <see cref="Resource.ResourceType"/>. The set is open: Clay may send others.</summary>
public static class ResourceTypes
{
    /// <summary>A folder.</summary>
    public const string Folder = "FOLDER";

    /// <summary>A workbook.</summary>
    public const string Workbook = "WORKBOOK";

    /// <summary>A table.</summary>
    public const string Table = "TABLE";
}
