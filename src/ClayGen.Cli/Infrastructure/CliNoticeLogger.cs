using Microsoft.Extensions.Logging;

namespace ClayGen.Cli.Infrastructure;

/// <summary>
/// Turns the library's "an attempt got no response" log lines into one notice each on standard error,
/// so a refused or broken connection shows while the client backs off and retries, not only when it
/// gives up. Nothing else the library logs is shown.
/// </summary>
internal sealed class CliNoticeLogger(TextWriter error, Uri baseAddress) : ILogger, ILoggerFactory
{
    // ClayLoggingHandler's event for an attempt that ended without a response.
    private const int AttemptFailedEventId = 2;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (eventId.Id != AttemptFailedEventId || state is not IReadOnlyList<KeyValuePair<string, object?>> values)
        {
            return;
        }

        string Value(string key) => Convert.ToString(values.FirstOrDefault(v => v.Key == key).Value, System.Globalization.CultureInfo.InvariantCulture) ?? "?";
        var host = baseAddress.GetLeftPart(UriPartial.Authority);
        lock (error)
        {
            error.WriteLine($"notice: no answer from {host} for {Value("Method")} {Value("Path")} ({Value("Error")}, attempt {Value("Attempt")}); retrying if it is safe to...");
        }
    }

    public ILogger CreateLogger(string categoryName) => this;

    public void AddProvider(ILoggerProvider provider)
    {
        // Only notices are wanted here; other providers have nothing to add.
    }

    public void Dispose()
    {
    }
}
