using System.Net;
using ClayGen.Sandbox.Handlers;
using ClayGen.Sandbox.Http;
using ClayGen.Sandbox.Middleware;
using ClayGen.Sandbox.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ClayGen.Sandbox.Hosting;

/// <summary>
/// Builds the sandbox as an ASP.NET Core minimal-API app. The middleware order is the contract:
/// request log, latency, faults, routing, session check, then the endpoint under the state lock,
/// so a fault or a rejected request never changes state.
/// </summary>
internal static class SandboxApp
{
    public static WebApplication Build(SandboxState state, ClaySandboxFaults faults, RequestLog log, TimeSpan latency, int? port)
    {
        // The empty builder reads no appsettings.json, environment variables or command line, and
        // adds no logging providers: a sandbox inside a test run or the CLI must not pick up either.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SandboxApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (port is { } listenOn)
        {
            builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
            {
                kestrel.Listen(IPAddress.Loopback, listenOn);
                kestrel.AddServerHeader = false;
                // Clay's limit is not documented; the sandbox accepts what the client sends, as before.
                kestrel.Limits.MaxRequestBodySize = null;
            });
        }
        else
        {
            builder.WebHost.UseTestServer();
        }

        builder.Services.AddRoutingCore();
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            // Clay's field names are case-sensitive: "Records" is not "records".
            json.SerializerOptions.PropertyNameCaseInsensitive = false;
            json.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
        });
        // Invalid JSON becomes an exception that BadBodyMiddleware turns into Clay's 400.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        // The default console lifetime would stop the sandbox on the host process's Ctrl+C.
        builder.Services.AddSingleton<IHostLifetime, SandboxLifetime>();
        builder.Services.AddSingleton(new RequestLogMiddleware(log));
        builder.Services.AddSingleton(new LatencyMiddleware(latency, faults, state.Options.TimeProvider));
        builder.Services.AddSingleton(new FaultMiddleware(faults));
        builder.Services.AddSingleton(new SessionMiddleware(state));
        builder.Services.AddSingleton<BadBodyMiddleware>();

        var app = builder.Build();
        app.UseMiddleware<RequestLogMiddleware>();
        app.UseMiddleware<LatencyMiddleware>();
        app.UseMiddleware<FaultMiddleware>();
        app.UseRouting();
        app.UseMiddleware<SessionMiddleware>();
        app.UseMiddleware<BadBodyMiddleware>();
        app.UseEndpoints(_ => { });
        app.Run(context => ApiResults.NotFound().ExecuteAsync(context));

        var v3 = app.MapGroup("/v3").AddEndpointFilter(new StateLockFilter(state));
        new AuthHandlers(state).Map(v3);
        new WorkspaceHandlers(state).Map(v3);
        new ResourceHandlers(state).Map(v3);
        new TableHandlers(state).Map(v3);
        new TableLifecycleHandlers(state).Map(v3);
        new WorkbookHandlers(state).Map(v3);
        new FieldHandlers(state).Map(v3);
        new ViewHandlers(state).Map(v3);
        new ViewLifecycleHandlers(state).Map(v3);
        new RecordHandlers(state).Map(v3);
        new SingleRecordHandlers(state).Map(v3);
        new RunHandler(state).Map(v3);
        new CreditReportHandler(state).Map(v3);
        new IntegrationHandlers(state).Map(v3);
        new SourceHandlers(state).Map(v3);
        new WebhookHandlers(state).Map(v3);
        var exports = new ExportHandlers(state);
        exports.Map(v3);
        exports.MapDownload(app.MapGroup(string.Empty).AddEndpointFilter(new StateLockFilter(state)));
        return app;
    }
}
