namespace ClayGen.Sandbox.Model;

/// <summary>
/// An export: the CSV is written when the job starts (the table as it was then); the job's status
/// follows the clock from <see cref="StartedAt"/>.
/// </summary>
internal sealed class ExportJob
{
    public required string Id { get; init; }

    public required string TableId { get; init; }

    /// <summary>Empty for a whole-table export, as Clay answers.</summary>
    public required string ViewId { get; init; }

    public required string FileName { get; init; }

    public required string Csv { get; init; }

    public required int RecordCount { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>The fault in force when the job started.</summary>
    public required ClaySandboxExportFault Fault { get; init; }
}
