namespace ClayGen.Sandbox.Model;

internal sealed class Table : Resource
{
    public override string ResourceType => "TABLE";

    public string? WorkbookId { get; init; }

    /// <summary>spreadsheet, company, people or jobs.</summary>
    public string Type { get; init; } = "spreadsheet";

    /// <summary>A table in a workbook belongs to the workbook, not to the workbook's folder.</summary>
    public override string? ContainerId => WorkbookId ?? ParentFolderId;

    public List<Field> Fields { get; } = [];

    public List<View> Views { get; } = [];

    public RecordStore Records { get; } = new();

    public Field? FindField(string fieldId) => Fields.Find(f => f.Id == fieldId);

    public View? FindView(string viewId) => Views.Find(v => v.Id == viewId);
}
