namespace ClayGen;

/// <summary>Where an export stands.</summary>
/// <param name="Job">The job as last polled.</param>
/// <param name="Downloaded">Bytes of the file received so far (0 until the download starts).</param>
public sealed record ExportProgress(ExportJob Job, long Downloaded);
