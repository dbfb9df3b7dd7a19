using Microsoft.Extensions.Time.Testing;

namespace ClayGen.Tests.Reliability;

/// <summary>
/// Moves a fake clock forward in small steps while a call runs, for waits whose timers are created at a
/// moment the test cannot observe (a backoff, a body's idle timeout). The outcome never depends on how
/// fast the machine is: only the fake clock ends those waits, and the real pause between steps just
/// lets the call's continuations run.
/// </summary>
public static class FakeClockPump
{
    /// <summary>Advances <paramref name="time"/> by <paramref name="step"/> until <paramref name="call"/> ends or <paramref name="stop"/> says so.</summary>
    /// <returns>How far the fake clock moved.</returns>
    public static async Task<TimeSpan> AdvanceUntilAsync(this FakeTimeProvider time, Task call, TimeSpan step, Func<bool>? stop = null)
    {
        var moved = TimeSpan.Zero;
        while (!call.IsCompleted && !(stop?.Invoke() ?? false))
        {
            time.Advance(step);
            moved += step;
            await Task.WhenAny(call, Task.Delay(1));
        }

        return moved;
    }
}
