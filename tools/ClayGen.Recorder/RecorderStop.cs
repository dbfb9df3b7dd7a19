using System.Runtime.InteropServices;

namespace ClayGen.Recorder;

/// <summary>
/// What ends a recording session: Enter on standard input, Ctrl+C (SIGINT) or SIGTERM. Any of them
/// lets the recordings be written before the process exits.
/// </summary>
/// <remarks>
/// A console read cannot be cancelled, so it runs on a background thread that is never waited for
/// once a signal has come: the process exits with it still blocked. Signals are taken over from the
/// runtime (and from System.CommandLine, whose own handling must be off) so they do not end the
/// process before the recordings are written.
/// </remarks>
internal sealed class RecorderStop : IDisposable
{
    private readonly TaskCompletionSource<string> _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly PosixSignalRegistration[] _signals;

    public RecorderStop()
    {
        _signals =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal),
        ];
        var reader = new Thread(ReadEnter) { IsBackground = true, Name = "recorder stdin" };
        reader.Start();
    }

    /// <summary>Completes with what stopped the session: "Enter", "SIGINT" or "SIGTERM".</summary>
    public Task<string> Stopped => _stopped.Task;

    public void Dispose()
    {
        foreach (var signal in _signals)
        {
            signal.Dispose();
        }
    }

    private void OnSignal(PosixSignalContext context)
    {
        // Keep the process alive: it exits once the recordings are written.
        context.Cancel = true;
        _stopped.TrySetResult(context.Signal.ToString());
    }

    private void ReadEnter()
    {
        try
        {
            // End of input (a closed or empty pipe) is not a request to stop: only a signal is, then.
            if (Console.In.ReadLine() is not null)
            {
                _stopped.TrySetResult("Enter");
            }
        }
        catch (IOException)
        {
            // No usable standard input: signals still stop the session.
        }
    }
}
