namespace ClayGen.Tests.Lifecycle;

/// <summary>
/// A clock that moves only when the code under test waits on it: every timer fires at once and moves the
/// clock by its due time. Poll loops and pacing then run instantly and deterministically, and
/// <see cref="Waited"/> says how long they would have taken. Give it to the helper's own options, not to the
/// client's pipeline (whose timeout timers would fire at once too).
/// </summary>
public sealed class VirtualClock : TimeProvider
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly Lock _gate = new();
    private readonly List<TimeSpan> _waits = [];
    private TimeSpan _now;

    /// <summary>Time the code under test spent waiting, in all.</summary>
    public TimeSpan Waited
    {
        get
        {
            lock (_gate)
            {
                return _now;
            }
        }
    }

    /// <summary>Each wait, in order.</summary>
    public IReadOnlyList<TimeSpan> Waits
    {
        get
        {
            lock (_gate)
            {
                return [.. _waits];
            }
        }
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp()
    {
        lock (_gate)
        {
            return _now.Ticks;
        }
    }

    public override DateTimeOffset GetUtcNow() => Start + Waited;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            lock (_gate)
            {
                _now += dueTime;
                _waits.Add(dueTime);
            }

            // Fired on the pool, as a real timer is: the caller gets its timer back first.
            ThreadPool.UnsafeQueueUserWorkItem(_ => callback(state), null);
        }

        return new InertTimer();
    }

    private sealed class InertTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => false;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
