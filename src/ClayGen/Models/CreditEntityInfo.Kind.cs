namespace ClayGen;

public partial class CreditEntityInfo
{
    /// <summary>The entity's kind (<c>__kind</c>: folder, workbook, table, source, or a value newer than this library).</summary>
    [Newtonsoft.Json.JsonIgnore]
    public string? Kind => __kind;
}
