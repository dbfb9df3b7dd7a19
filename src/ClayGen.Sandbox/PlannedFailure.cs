namespace ClayGen.Sandbox;

/// <summary>One <see cref="ClaySandboxFaults.FailNext"/> call and how many of its failures are left.</summary>
internal sealed class PlannedFailure(int statusCode, TimeSpan? retryAfter)
{
    public int StatusCode { get; } = statusCode;

    public TimeSpan? RetryAfter { get; } = retryAfter;

    public int Remaining { get; set; }
}
