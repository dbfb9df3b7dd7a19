using ClayGen.Cli.Infrastructure;

namespace ClayGen.Cli.Import;

/// <summary>
/// Opening an input file, with a clear message when it cannot be. Its content is checked (UTF-8 text)
/// and fingerprinted as it is first read: see <see cref="FingerprintingStream"/>.
/// </summary>
internal static class ImportFile
{
    /// <summary>Throws <see cref="CliUsageException"/> unless <paramref name="path"/> names a readable file.</summary>
    public static void EnsureReadable(string path, string shownAs)
    {
        if (Directory.Exists(path))
        {
            throw new CliUsageException($"{shownAs} is a directory; give the .csv, .tsv or .jsonl file to import.");
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"cannot read {shownAs}: no such file.", shownAs);
        }
    }

    /// <summary>Opens the file for reading, naming it as <paramref name="shownAs"/> if it may not be read.</summary>
    public static Stream OpenRead(string path, string shownAs)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
        }
        catch (UnauthorizedAccessException)
        {
            throw new CliUsageException($"cannot read {shownAs}: permission denied.");
        }
    }
}
