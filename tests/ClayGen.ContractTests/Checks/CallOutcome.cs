namespace ClayGen.ContractTests.Checks;

/// <summary>What a client call produced: a result, or the exception it threw.</summary>
public sealed record CallOutcome(object? Result, Exception? Exception)
{
    public static async Task<CallOutcome> CaptureAsync(Func<Task<object?>> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return new CallOutcome(await call(), null);
        }
        catch (Exception ex)
        {
            return new CallOutcome(null, ex);
        }
    }

    /// <summary>A deterministic view of the outcome for snapshots.</summary>
    public object ToSnapshot() => Exception switch
    {
        ClayRateLimitedException limited => new
        {
            exception = limited.GetType().Name,
            limited.StatusCode,
            limited.OperationId,
            limited.Method,
            limited.RequestPath,
            limited.ClayMessage,
            RetryAfterSeconds = limited.RetryAfter?.TotalSeconds,
            limited.Message,
        },
        ClayApiException api => new
        {
            exception = api.GetType().Name,
            api.StatusCode,
            api.OperationId,
            api.Method,
            api.RequestPath,
            api.ClayMessage,
            api.ResponseExcerpt,
            api.Message,
        },
        { } other => new { exception = other.GetType().Name, other.Message },
        null => new { result = Result },
    };
}
