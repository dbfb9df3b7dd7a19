using Microsoft.Extensions.Logging;

namespace ClayGen.PackageTests.Infrastructure;

/// <summary>
/// A logger provider that completes a task the first time an event of a given name is logged, so a
/// test waits for something the framework does on its own timer (such as IHttpClientFactory retiring
/// a handler) instead of polling for it.
/// </summary>
public sealed class LoggedEventSignal(string eventName) : ILoggerProvider, ILogger
{
    private readonly TaskCompletionSource _logged = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the event has been logged.</summary>
    public Task Logged => _logged.Task;

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (string.Equals(eventId.Name, eventName, StringComparison.Ordinal))
        {
            _logged.TrySetResult();
        }
    }

    public void Dispose()
    {
    }
}
