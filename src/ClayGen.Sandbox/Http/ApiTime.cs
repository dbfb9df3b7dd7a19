using System.Globalization;

namespace ClayGen.Sandbox.Http;

/// <summary>Clay's timestamp format: UTC, millisecond precision, <c>Z</c> suffix.</summary>
internal static class ApiTime
{
    public static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
