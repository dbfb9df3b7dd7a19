using Microsoft.Extensions.Time.Testing;

namespace ClayGen.Cli.Tests;

/// <summary>A fake clock that tells the test when a timer of a given due time is created, so it moves the clock only once the wait has begun.</summary>
internal sealed class TimerWatchingClock(TimeSpan watched) : FakeTimeProvider
{
    private readonly TaskCompletionSource _created = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a timer due after exactly the watched time has been created.</summary>
    public Task Created => _created.Task;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        // Registered before the signal, so advancing the clock as soon as the test hears of it moves this timer.
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime == watched)
        {
            _created.TrySetResult();
        }

        return timer;
    }
}
