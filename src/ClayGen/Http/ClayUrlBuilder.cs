using System.Text;

namespace ClayGen.Http;

/// <summary>
/// One <see cref="StringBuilder"/> per thread for the generated clients' request URLs: building a URL is
/// synchronous (no await between taking and returning it), so a call needs no builder of its own.
/// </summary>
internal static class ClayUrlBuilder
{
    private const int MaxKeptCapacity = 1024;

    [ThreadStatic]
    private static StringBuilder? _cached;

    public static StringBuilder Acquire()
    {
        var builder = _cached;
        if (builder is null)
        {
            return new StringBuilder(128);
        }

        _cached = null;
        builder.Clear();
        return builder;
    }

    public static string GetStringAndRelease(StringBuilder builder)
    {
        var url = builder.ToString();
        if (builder.Capacity <= MaxKeptCapacity)
        {
            _cached = builder;
        }

        return url;
    }
}
