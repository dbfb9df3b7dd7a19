namespace ClayGen.Cli.Tests;

/// <summary>A fact about Unix file modes: reported as skipped on Windows, never as passed.</summary>
public sealed class UnixOnlyFactAttribute : FactAttribute
{
    public UnixOnlyFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Unix file modes do not exist on Windows.";
        }
    }
}
