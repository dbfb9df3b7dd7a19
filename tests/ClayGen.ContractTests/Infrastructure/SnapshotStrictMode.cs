using System.Runtime.CompilerServices;

namespace ClayGen.ContractTests.Infrastructure;

/// <summary>
/// Snapshooter writes a missing snapshot and passes unless strict mode is on. Strict is this project's
/// default everywhere, not only in CI, so a renamed scenario or a new recording never passes unseen;
/// to record new snapshots on purpose, run with <c>SNAPSHOOTER_STRICT_MODE=false</c>.
/// </summary>
internal static class SnapshotStrictMode
{
    public const string Variable = "SNAPSHOOTER_STRICT_MODE";

    [ModuleInitializer]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2255", Justification = "Test-process setup must run before any test reads the variable.")]
    internal static void TurnOn()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
        {
            Environment.SetEnvironmentVariable(Variable, "true");
        }
    }
}
