using ClayGen.Cli;

using var stop = new CancellationTokenSource();
var presses = 0;
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C stops gracefully (an import finishes its batches in flight and saves where it
    // stopped); a second one ends the process at once, which the resume file also survives.
    if (Interlocked.Increment(ref presses) == 1)
    {
        e.Cancel = true;
        Console.Error.WriteLine("Stopping... (press Ctrl+C again to quit at once)");
        stop.Cancel();
    }
};

return await ClayCli.RunAsync(args, ClayCliEnvironment.FromConsole(), stop.Token);
