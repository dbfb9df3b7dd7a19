namespace ClayGen.Recorder;

/// <summary>What <see cref="ClayRecorder.WriteRecordings"/> did.</summary>
/// <param name="Written">The recording files written.</param>
/// <param name="Skipped">The requests (<c>METHOD /path</c>) not written because the spec has no operation for them.</param>
public sealed record RecordingResult(IReadOnlyList<string> Written, IReadOnlyList<string> Skipped);
