namespace ClayGen;

public partial class RowCount
{
    /// <summary>The row count, whichever key Clay used (<c>tableTotalRecordsCount</c> or <c>count</c>).</summary>
    [Newtonsoft.Json.JsonIgnore]
    public long? Total => TableTotalRecordsCount ?? Count;
}
