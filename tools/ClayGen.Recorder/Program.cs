using System.CommandLine;
using ClayGen.Recorder;

var target = new Option<Uri>("--target")
{
    Description = "The Clay base address to record from.",
    DefaultValueFactory = _ => RecorderOptions.ClayProduction,
    CustomParser = result =>
    {
        // System.CommandLine has no built-in Uri conversion.
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return uri;
        }

        result.AddError($"--target must be an absolute http(s) address, not '{text}'.");
        return null;
    },
};
var session = new Option<string?>("--session")
{
    Description = "Your claysession cookie value (s%3A...), sent to Clay in place of the client's; default: the CLAY_SESSION environment variable.",
};
var output = new Option<DirectoryInfo>("--out")
{
    Description = "The recordings folder; files go to <out>/<Tag>/<operationId>/<scenario>.json.",
    DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("tests", "ClayGen.ContractTests", "Recordings")),
};
var spec = new Option<FileInfo>("--spec")
{
    Description = "The OpenAPI spec that names the operations.",
    DefaultValueFactory = _ => new FileInfo(Path.Combine("spec", "openapi.yaml")),
};
var scenario = new Option<string?>("--scenario")
{
    Description = "The scenario name of the recordings; default 'recorded' for successes and '<status>-recorded' otherwise.",
};
var port = new Option<int>("--port")
{
    Description = "The local port to listen on (127.0.0.1).",
    DefaultValueFactory = _ => 5599,
};
var overwrite = new Option<bool>("--overwrite")
{
    Description = "Replace existing scenario files instead of writing numbered siblings.",
};

var root = new RootCommand(
    "Records Clay's responses as contract-test recordings. Point a ClayClient (or the clay CLI) at the printed " +
    "address, make the calls to record, then press Enter or Ctrl+C: every exchange is scrubbed of sessions, " +
    "passwords and emails and written as a WireMock mapping.")
{
    target, session, output, spec, scenario, port, overwrite,
};

root.SetAction(async parseResult =>
{
    var specFile = parseResult.GetValue(spec)!;
    if (!specFile.Exists)
    {
        await Console.Error.WriteLineAsync($"Spec not found: {specFile.FullName} (run from the repository root or pass --spec).");
        return 2;
    }

    var routes = await SpecRoutes.LoadAsync(specFile.FullName);
    var options = new RecorderOptions
    {
        Target = parseResult.GetValue(target)!,
        Session = parseResult.GetValue(session) ?? Environment.GetEnvironmentVariable("CLAY_SESSION"),
        Port = parseResult.GetValue(port),
    };
    using var stop = new RecorderStop();
    using var recorder = ClayRecorder.Start(options);
    Console.WriteLine($"Recording {options.Target} at {recorder.BaseAddress} ({(options.Session is null ? "forwarding the client's session" : "with your session")}).");
    Console.WriteLine("Make the calls to record, then press Enter (or Ctrl+C) to write the recordings.");

    var reason = await stop.Stopped;
    Console.WriteLine($"Stopping ({reason}): writing {recorder.Exchanges.Count} exchange(s).");

    var writer = new RecordingWriter(parseResult.GetValue(output)!.FullName, parseResult.GetValue(overwrite));
    var result = recorder.WriteRecordings(routes, writer, parseResult.GetValue(scenario));
    foreach (var file in result.Written)
    {
        Console.WriteLine("wrote   " + Path.GetRelativePath(Environment.CurrentDirectory, file));
    }

    foreach (var request in result.Skipped)
    {
        Console.WriteLine("skipped " + request + " (no operation in the spec: add it to spec/openapi.yaml first)");
    }

    Console.WriteLine($"{result.Written.Count} recording(s) written. Review them, then run the contract tests.");
    return 0;
});

// RecorderStop handles Ctrl+C and SIGTERM itself: System.CommandLine's handling would end the process
// two seconds after the signal, before the recordings are written.
return await root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
