using Microsoft.Extensions.Time.Testing;

namespace ClayGen.TestSupport;

/// <summary>
/// A fake clock that tells the test when a timer of one due time is created, and when its callback has
/// run. <see cref="FakeTimeProvider.Advance"/> fires due timers on the calling thread only when no other
/// thread is firing this clock's timers at that moment; otherwise that other thread fires them a little
/// later. A test that must act after a timer's callback waits for <see cref="Fired"/> instead of assuming
/// <c>Advance</c> ran it.
/// </summary>
/// <param name="watched">The due time of the timer to watch (for instance a client's total timeout).</param>
public sealed class TimerWatchingClock(TimeSpan watched) : FakeTimeProvider
{
    private readonly TaskCompletionSource _created = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _fired = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a timer due after exactly the watched time has been created.</summary>
    public Task Created => _created.Task;

    /// <summary>Completes once the callback of a watched timer has returned (for a cancellation timer: once the cancellation has run).</summary>
    public Task Fired => _fired.Task;

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        if (dueTime != watched)
        {
            return base.CreateTimer(callback, state, dueTime, period);
        }

        // Registered before the signal, so advancing the clock as soon as the test hears of it moves this timer.
        var timer = base.CreateTimer(
            s =>
            {
                callback(s);
                _fired.TrySetResult();
            },
            state,
            dueTime,
            period);
        _created.TrySetResult();
        return timer;
    }
}
