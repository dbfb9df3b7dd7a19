namespace ClayGen;

/// <summary>How <see cref="IExportsClient.ExportAsync(string, string?, Stream, ExportOptions?, CancellationToken)"/> waits for the file.</summary>
public sealed class ExportOptions
{
    /// <summary>Time between polls of the job (default 2 s, as client code does).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How long the job may take to produce its file (default 5 min, as client code allows).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Receives the job after every poll, then <see cref="ExportProgress.Downloaded"/> bytes as the file arrives.</summary>
    public IProgress<ExportProgress>? Progress { get; init; }

    /// <summary>The clock for polling and the timeout; the client's (<see cref="ClayClientOptions.TimeProvider"/>) when <see langword="null"/>.</summary>
    public TimeProvider? TimeProvider { get; init; }

    internal void Validate(string paramName)
    {
        if (PollInterval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(paramName, PollInterval, "PollInterval must be positive.");
        }

        if (Timeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(paramName, Timeout, "Timeout must be positive.");
        }
    }
}
