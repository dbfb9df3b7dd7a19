using System.Text;

namespace ClayGen.Cli.Tests;

/// <summary>A writer another task can watch: the test waits for a long-running command's first line.</summary>
internal sealed class SynchronizedWriter : TextWriter
{
    private readonly Lock _sync = new();
    private readonly StringBuilder _text = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_sync)
        {
            _text.Append(value);
        }
    }

    public override void Write(string? value)
    {
        lock (_sync)
        {
            _text.Append(value);
        }
    }

    public override string ToString()
    {
        lock (_sync)
        {
            return _text.ToString();
        }
    }

    public async Task<string> FirstLineAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var text = ToString();
            var end = text.IndexOf('\n', StringComparison.Ordinal);
            if (end >= 0)
            {
                return text[..end].TrimEnd('\r');
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("The command printed no line in time.");
    }
}
