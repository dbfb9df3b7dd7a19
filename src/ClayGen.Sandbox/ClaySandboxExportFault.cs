namespace ClayGen.Sandbox;

/// <summary>What happens to export jobs started while it is set (<see cref="ClaySandboxFaults.ExportFault"/>).</summary>
public enum ClaySandboxExportFault
{
    /// <summary>Exports finish after <see cref="ClaySandboxOptions.ExportDelay"/> with a download URL.</summary>
    None,

    /// <summary>Exports end <c>FAILED</c> after <see cref="ClaySandboxOptions.ExportDelay"/>, with no download URL.</summary>
    Fail,

    /// <summary>Exports stay <c>ACTIVE</c> for good, so a client's wait must time out.</summary>
    NeverFinish,
}
