using Microsoft.Extensions.Time.Testing;

namespace ClayGen.Tests.Reliability;

/// <summary>
/// A fake clock that reports each timer the client creates (backoff waits, timeouts), so a test waits
/// on the timer itself instead of polling or sleeping, then advances the clock by exactly its due time.
/// </summary>
public sealed class RecordingTimeProvider : FakeTimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<Entry> _created = [];
    private readonly List<(Func<TimeSpan, bool> Match, TaskCompletionSource<TimeSpan> Signal)> _waiters = [];

    public RecordingTimeProvider()
        : base(new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero))
    {
    }

    /// <summary>
    /// The due time of the first timer matching <paramref name="match"/> that no earlier wait took,
    /// whether it was created before this call or is created later.
    /// </summary>
    public Task<TimeSpan> NextTimerAsync(Func<TimeSpan, bool> match)
    {
        lock (_gate)
        {
            foreach (var entry in _created)
            {
                if (!entry.Taken && match(entry.Due))
                {
                    entry.Taken = true;
                    return Task.FromResult(entry.Due);
                }
            }

            var signal = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, signal));
            return signal.Task;
        }
    }

    /// <summary>The next timer of at most <paramref name="longest"/>: a backoff wait, not one of the (longer) timeouts.</summary>
    public Task<TimeSpan> NextWaitAsync(TimeSpan longest) => NextTimerAsync(due => due > TimeSpan.Zero && due <= longest);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        // Registered first, so a test that advances the clock as soon as it hears of the timer moves it.
        var timer = base.CreateTimer(callback, state, dueTime, period);
        lock (_gate)
        {
            var entry = new Entry(dueTime);
            _created.Add(entry);
            var waiter = _waiters.FindIndex(w => w.Match(dueTime));
            if (waiter >= 0)
            {
                entry.Taken = true;
                _waiters[waiter].Signal.SetResult(dueTime);
                _waiters.RemoveAt(waiter);
            }
        }

        return timer;
    }

    private sealed class Entry(TimeSpan due)
    {
        public TimeSpan Due { get; } = due;

        public bool Taken { get; set; }
    }
}
