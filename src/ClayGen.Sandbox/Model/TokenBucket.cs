namespace ClayGen.Sandbox.Model;

/// <summary>
/// A token bucket refilled lazily from a clock reading, so it follows a fake clock in tests.
/// (System.Threading.RateLimiting's limiters read the system clock and cannot take a TimeProvider.)
/// </summary>
internal sealed class TokenBucket(double perSecond, int burst, DateTimeOffset now)
{
    private double _tokens = burst;
    private DateTimeOffset _refilledAt = now;

    /// <summary>Takes a token; when none is left, <paramref name="retryAfter"/> says when the next one comes.</summary>
    public bool TryTake(DateTimeOffset now, out TimeSpan retryAfter)
    {
        if (now > _refilledAt)
        {
            _tokens = Math.Min(burst, _tokens + ((now - _refilledAt).TotalSeconds * perSecond));
            _refilledAt = now;
        }

        // A hair of tolerance: refills summed from fractions of a second must not fall short by rounding.
        if (_tokens >= 1 - 1e-9)
        {
            _tokens = Math.Max(0, _tokens - 1);
            retryAfter = TimeSpan.Zero;
            return true;
        }

        retryAfter = TimeSpan.FromSeconds((1 - _tokens) / perSecond);
        return false;
    }
}
