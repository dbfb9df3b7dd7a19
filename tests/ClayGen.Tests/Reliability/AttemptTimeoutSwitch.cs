using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace ClayGen.Tests.Reliability;

/// <summary>
/// The system clock, except for attempt timeouts: each attempt's timer runs on a fake clock of its own, filed
/// under the operation whose call created it (<see cref="Operation"/>), so a test server can time out exactly
/// the attempt it chose to hang, and no other, however loaded the machine is.
/// </summary>
internal sealed class AttemptTimeoutSwitch(TimeSpan attemptTimeout) : TimeProvider
{
    private static readonly AsyncLocal<int?> CurrentOperation = new();
    private readonly ConcurrentDictionary<int, FakeTimeProvider> _latest = new();

    /// <summary>The operation the current call belongs to; set it before starting the call.</summary>
    public static int? Operation
    {
        get => CurrentOperation.Value;
        set => CurrentOperation.Value = value;
    }

    /// <summary>Fires the attempt timeout of <paramref name="operation"/>'s attempt in flight (the latest one its call armed).</summary>
    public void TimeOut(int operation) => _latest[operation].Advance(attemptTimeout);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != attemptTimeout || Operation is not { } operation)
        {
            return base.CreateTimer(callback, state, dueTime, period);
        }

        // An attempt arms its timer before sending and ends before the next is armed: the latest is the one in flight.
        var clock = new FakeTimeProvider();
        var timer = clock.CreateTimer(callback, state, dueTime, period);
        _latest[operation] = clock;
        return timer;
    }
}
