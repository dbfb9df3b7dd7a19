namespace ClayGen.Benchmarks.Build;

/// <summary>Finds the ClayGen repository the benchmarks were built from.</summary>
public static class RepositoryRoot
{
    /// <summary>Set by the host process so BenchmarkDotNet's child processes (in other folders) find the same root.</summary>
    public const string Variable = "CLAYGEN_REPO_ROOT";

    /// <summary>The repository root: <c>CLAYGEN_REPO_ROOT</c>, or the first folder above the program or the current folder holding the solution and the spec.</summary>
    /// <exception cref="DirectoryNotFoundException">No such folder.</exception>
    public static string Find()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } fromEnvironment && IsRoot(fromEnvironment))
        {
            return fromEnvironment;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (IsRoot(folder.FullName))
                {
                    return folder.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException($"No ClayGen repository above {AppContext.BaseDirectory}; set {Variable}.");
    }

    private static bool IsRoot(string folder) =>
        File.Exists(Path.Combine(folder, "ClayGen.sln")) && File.Exists(Path.Combine(folder, "spec", "openapi.yaml"));
}
