using System.Linq.Expressions;

namespace ClayGen.ContractTests.Scenarios;

/// <summary>
/// How a scenario calls the client. Written as an expression so the test can tell which
/// <see cref="ClayClient"/> method a scenario goes through (<see cref="MethodPath"/>, e.g.
/// <c>Tables.DeleteAllRecordsAsync</c>) and check it against the method the spec's <c>x-clay-docs</c> names.
/// </summary>
public sealed record ContractCall
{
    private readonly Func<ClayClient, CancellationToken, Task<object?>> _invoke;

    private ContractCall(string methodPath, Func<ClayClient, CancellationToken, Task<object?>> invoke)
    {
        MethodPath = methodPath;
        _invoke = invoke;
    }

    /// <summary>The client method the call goes through: <c>Client.Method</c>.</summary>
    public string MethodPath { get; }

    /// <summary>Retries the client may make (0 unless the scenario is about retrying).</summary>
    public int MaxRetries { get; init; }

    /// <summary>The longest wait the client accepts (Retry-After included); short by default so the suite stays fast.</summary>
    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Checks a successful result against the recording. Default: every value of the recorded body is
    /// in the result serialised back to JSON (<see cref="Infrastructure.JsonSubset"/>).
    /// </summary>
    public Action<object?, Infrastructure.Recording>? Verify { get; init; }

    public Task<object?> InvokeAsync(ClayClient client, CancellationToken cancellationToken) => _invoke(client, cancellationToken);

    public static ContractCall Of<T>(Expression<Func<ClayClient, CancellationToken, Task<T>>> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var compiled = call.Compile();
        return new ContractCall(MethodPathOf(call), async (client, ct) => await compiled(client, ct));
    }

    /// <summary>A call that streams (<see cref="IAsyncEnumerable{T}"/>); the result is the collected list.</summary>
    public static ContractCall Streaming<T>(Expression<Func<ClayClient, CancellationToken, IAsyncEnumerable<T>>> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var compiled = call.Compile();
        return new ContractCall(MethodPathOf(call), async (client, ct) =>
        {
            var items = new List<T>();
            await foreach (var item in compiled(client, ct).WithCancellation(ct))
            {
                items.Add(item);
            }

            return items;
        });
    }

    public override string ToString() => MethodPath;

    // The outermost call made on a client property of the ClayClient parameter: c.Tables.CountRowsAsync(...) → "Tables.CountRowsAsync".
    private static string MethodPathOf(LambdaExpression call)
    {
        var finder = new ClientCallFinder(call.Parameters[0]);
        finder.Visit(call.Body);
        return finder.Path ?? throw new ArgumentException($"The call {call} makes no call on a ClayClient property.", nameof(call));
    }

    private sealed class ClientCallFinder(ParameterExpression client) : ExpressionVisitor
    {
        public string? Path { get; private set; }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (Path is null && node.Object is MemberExpression { Expression: { } owner } member && owner == client)
            {
                Path = $"{member.Member.Name}.{node.Method.Name}";
                return node;
            }

            return base.VisitMethodCall(node);
        }
    }
}
