using ClayGen.Sandbox;

namespace ClayGen.Tests.Sandbox;

/// <summary>The sandbox guide's examples (docs/articles/sandbox.md), as written there, compile and do what they say.</summary>
public sealed class ReadmeSandboxExampleTests
{
    [Fact]
    public async Task The_socket_example_adds_a_row_and_then_sees_the_injected_401()
    {
        await using var sandbox = await ClaySandbox.StartAsync();          // a free local port, seeded data
        using var clay = new ClayClient(new ClayClientOptions
        {
            BaseAddress = sandbox.BaseAddress,
            Session = ClaySession.FromCookie(sandbox.Session),
        });

        await clay.Tables.AddRecordsAsync(sandbox.TableId, [new Dictionary<string, object?> { [sandbox.FieldIds[0]] = "Acme" }]);
        Assert.Equal(1, sandbox.TotalRecordCount(sandbox.TableId));

        sandbox.ExpireSessions();                                   // the next call gets 401, as after Clay expires a session
        await Assert.ThrowsAsync<ClayAuthenticationException>(() => clay.Tables.CountRowsAsync(sandbox.TableId));
    }

    [Fact]
    public async Task The_in_memory_example_reaches_the_sandbox_through_its_handler()
    {
        await using var sandbox = await ClaySandbox.StartInMemoryAsync();
        using var clay = new ClayClient(new ClayClientOptions
        {
            BaseAddress = sandbox.BaseAddress,                      // http://localhost/, reachable only through the handler
            Session = ClaySession.FromCookie(sandbox.Session),
            PrimaryHandler = sandbox.CreateHandler(),
        });

        await clay.Tables.AddRecordsAsync(sandbox.TableId, [new Dictionary<string, object?> { [sandbox.FieldIds[0]] = "Acme" }]);

        Assert.Equal(1, sandbox.TotalRecordCount(sandbox.TableId));
        Assert.Equal(1, (await clay.Tables.CountRowsAsync(sandbox.TableId)).Total);
        Assert.Equal(["POST", "GET"], sandbox.Requests.Select(r => r.Method));
    }
}
