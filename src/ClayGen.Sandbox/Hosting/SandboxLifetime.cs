using Microsoft.Extensions.Hosting;

namespace ClayGen.Sandbox.Hosting;

/// <summary>A lifetime that ignores process signals: the sandbox stops when its owner disposes it.</summary>
internal sealed class SandboxLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
