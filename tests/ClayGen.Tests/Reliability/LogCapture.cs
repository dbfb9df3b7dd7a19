using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace ClayGen.Tests.Reliability;

/// <summary>Collects every log record (Trace and up) a client writes.</summary>
public sealed class LogCapture : IDisposable
{
    public LogCapture()
    {
        Factory = LoggerFactory.Create(builder => builder
            .SetMinimumLevel(LogLevel.Trace)
            .AddProvider(new FakeLoggerProvider(Collector)));
    }

    public FakeLogCollector Collector { get; } = new();

    public ILoggerFactory Factory { get; }

    public IReadOnlyList<FakeLogRecord> Records => Collector.GetSnapshot();

    /// <summary>The request lines (one per request sent): responses, failures and cancellations.</summary>
    public IReadOnlyList<FakeLogRecord> RequestLines => Records.Where(r => r.Id.Id is 1 or 2 or 4).ToList();

    /// <summary>All text a log sink could see: the message, every structured value and any exception.</summary>
    public static string Everything(FakeLogRecord record) =>
        string.Join(
            "\n",
            new[] { record.Message, record.Exception?.ToString() }
                .Concat(record.StructuredState?.Select(kv => kv.Key + "=" + kv.Value) ?? [])
                .Concat(record.Scopes.Select(s => s?.ToString())));

    public void Dispose() => Factory.Dispose();
}
