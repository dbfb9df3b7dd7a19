// The same report as the console sample, in a generic host: ClayGen registered with AddClayClient
// from the "Clay" configuration section, the tag clients injected into a hosted service.
//
//   export CLAY_SESSION='s%3A...'    (or Clay__Session, or Clay:Session in appsettings.json / user secrets)
//   export CLAY_TABLE_ID='t_...'     (optional)
//   export CLAY_BASE_URL='http://127.0.0.1:5123/'   (optional)
//   dotnet run --project tools/samples/ClayGen.Samples.Host
using ClayGen.Samples.Host;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    Args = args,
    ContentRootPath = AppContext.BaseDirectory,
});

// The variables the other samples use, mapped onto the configuration keys AddClayClient reads.
var fromEnvironment = new Dictionary<string, string?>
{
    ["Clay:Session"] = Environment.GetEnvironmentVariable("CLAY_SESSION"),
    ["Clay:BaseAddress"] = Environment.GetEnvironmentVariable("CLAY_BASE_URL"),
    ["Clay:TableId"] = Environment.GetEnvironmentVariable("CLAY_TABLE_ID"),
};
builder.Configuration.AddInMemoryCollection(fromEnvironment.Where(e => !string.IsNullOrEmpty(e.Value)));

// Returns the IHttpClientBuilder: add your own handlers or change the handler lifetime here.
builder.Services.AddClayClient(builder.Configuration.GetSection("Clay"))
    .SetHandlerLifetime(TimeSpan.FromMinutes(5));
builder.Services.AddHostedService<WorkspaceReport>();

await builder.Build().RunAsync();
return Environment.ExitCode;
