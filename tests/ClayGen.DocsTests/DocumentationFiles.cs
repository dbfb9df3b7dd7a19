namespace ClayGen.DocsTests;

/// <summary>The Markdown a reader follows: the README, the contributor guide, the guides and the package READMEs.</summary>
internal static class DocumentationFiles
{
    public static string Root { get; } = FindRoot();

    public static IEnumerable<string> All()
    {
        foreach (var file in new[] { "README.md", "CONTRIBUTING.md" })
        {
            if (File.Exists(Path.Combine(Root, file)))
            {
                yield return file;
            }
        }

        foreach (var folder in new[] { "docs", "src", "spec", "tools" })
        {
            var path = Path.Combine(Root, folder);
            if (!Directory.Exists(path))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(path, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(Root, file).Replace('\\', '/');
                if (!relative.Contains("/bin/", StringComparison.Ordinal) && !relative.Contains("/obj/", StringComparison.Ordinal))
                {
                    yield return relative;
                }
            }
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ClayGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ClayGen.sln was not found above " + AppContext.BaseDirectory);
    }
}
