// Lists your Clay workspaces and counts the rows of one table, with a plain `new ClayClient(...)`.
//
//   export CLAY_SESSION='s%3A...'            # the claysession cookie from a logged-in browser
//   export CLAY_TABLE_ID='t_...'             # optional: a table to count
//   export CLAY_BASE_URL='http://127.0.0.1:5123/'   # optional: e.g. the sandbox; default https://api.clay.com/
//   dotnet run --project tools/samples/ClayGen.Samples.Console
using ClayGen;

var session = ClaySession.FromEnvironment();
if (session is null)
{
    Console.Error.WriteLine($"Set {ClaySession.EnvironmentVariable} to the value of your claysession cookie.");
    return 2;
}

var options = new ClayClientOptions { Session = session };
if (Environment.GetEnvironmentVariable("CLAY_BASE_URL") is { Length: > 0 } baseUrl)
{
    // ClayGen appends v3/... to the base address, so it must end with '/'.
    options.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
}

using var clay = new ClayClient(options);
try
{
    var workspaces = await clay.Workspaces.ListWorkspacesAsync();
    foreach (var workspace in workspaces.Results ?? [])
    {
        Console.WriteLine($"workspace {workspace.Id}: {workspace.Name}");
    }

    if (Environment.GetEnvironmentVariable("CLAY_TABLE_ID") is { Length: > 0 } tableId)
    {
        var rows = await clay.Tables.CountRowsAsync(tableId);
        Console.WriteLine($"table {tableId}: {rows.Total} rows");
    }

    return 0;
}
catch (ClayAuthenticationException ex)
{
    Console.Error.WriteLine($"Clay refused the session ({ex.StatusCode}); copy a fresh claysession cookie. {ex.Message}");
    return 1;
}
catch (ClayApiException ex)
{
    // Details carry the operation, status and a redacted excerpt of the response; never the session.
    Console.Error.WriteLine($"{ex.Details.OperationId} failed: {ex.Message}");
    return 1;
}
