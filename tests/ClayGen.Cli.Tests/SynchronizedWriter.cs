using System.Text;

namespace ClayGen.Cli.Tests;

/// <summary>A writer another task can watch: the test waits for a long-running command's first line, as soon as it is written.</summary>
internal sealed class SynchronizedWriter : TextWriter
{
    private readonly Lock _sync = new();
    private readonly StringBuilder _text = new();
    private readonly TaskCompletionSource<string> _firstLine = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_sync)
        {
            _text.Append(value);
        }

        OnWritten();
    }

    public override void Write(string? value)
    {
        lock (_sync)
        {
            _text.Append(value);
        }

        OnWritten();
    }

    public override string ToString()
    {
        lock (_sync)
        {
            return _text.ToString();
        }
    }

    /// <summary>The first line written, once it is complete; fails if <paramref name="command"/> ends without writing one.</summary>
    public async Task<string> FirstLineAsync(Task command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (await Task.WhenAny(_firstLine.Task, command) != _firstLine.Task)
        {
            await command;
            throw new InvalidOperationException("The command ended without printing a line: " + ToString());
        }

        return await _firstLine.Task;
    }

    private void OnWritten()
    {
        var text = ToString();
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        if (end >= 0)
        {
            _firstLine.TrySetResult(text[..end].TrimEnd('\r'));
        }
    }
}
