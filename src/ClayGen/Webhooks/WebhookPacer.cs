namespace ClayGen;

/// <summary>A token bucket on a <see cref="TimeProvider"/>: a burst at once, then a steady rate.</summary>
internal sealed class WebhookPacer
{
    private readonly TimeProvider _time;
    private readonly double _rate;
    private readonly int _burst;
    private double _tokens;
    private long _last;

    public WebhookPacer(TimeProvider time, double rowsPerSecond, int burst)
    {
        _time = time;
        _rate = rowsPerSecond;
        _burst = burst;
        _tokens = burst;
        _last = time.GetTimestamp();
    }

    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        Refill();
        if (_tokens < 1)
        {
            await Task.Delay(TimeSpan.FromSeconds((1 - _tokens) / _rate), _time, cancellationToken).ConfigureAwait(false);
            Refill();
        }

        _tokens -= 1;
    }

    // After a 429 the bucket starts empty again: Clay asked for a pause, not another burst.
    public void Drain()
    {
        _tokens = 0;
        _last = _time.GetTimestamp();
    }

    private void Refill()
    {
        var now = _time.GetTimestamp();
        _tokens = Math.Min(_burst, _tokens + (_time.GetElapsedTime(_last, now).TotalSeconds * _rate));
        _last = now;
    }
}
