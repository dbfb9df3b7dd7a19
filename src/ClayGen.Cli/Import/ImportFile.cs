using System.Security.Cryptography;
using System.Text;
using ClayGen.Cli.Infrastructure;

namespace ClayGen.Cli.Import;

/// <summary>
/// The input file's identity (length and SHA-256, so a resume can tell it changed) and the checks that
/// need every byte: it is a readable file of UTF-8 text. One pass does both, before anything is sent.
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

    /// <summary>Reads the whole file once: its length and hash, refusing binary or non-UTF-8 content.</summary>
    public static async Task<(long Length, string Sha256)> FingerprintAsync(string path, string shownAs, CancellationToken cancellationToken)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
        }
        catch (UnauthorizedAccessException)
        {
            throw new CliUsageException($"cannot read {shownAs}: permission denied.");
        }

        await using (stream)
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
            var buffer = new byte[64 * 1024];
            var chars = new char[Encoding.UTF8.GetMaxCharCount(buffer.Length)];
            long offset = 0;
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
            {
                var chunk = buffer.AsSpan(0, read);
                hash.AppendData(chunk);
                if (chunk.IndexOf((byte)0) is var nul and >= 0)
                {
                    throw new CliUsageException($"{shownAs} looks like a binary file (a NUL byte at offset {offset + nul:N0}), not CSV, TSV or JSON Lines text.");
                }

                try
                {
                    decoder.GetChars(chunk, chars, flush: false);
                }
                catch (DecoderFallbackException ex)
                {
                    throw new CliUsageException($"{shownAs} is not UTF-8 text (an invalid byte near offset {offset + Math.Max(ex.Index, 0):N0}); save it as UTF-8 and run again.");
                }

                offset += read;
            }

            try
            {
                decoder.GetChars([], chars, flush: true);
            }
            catch (DecoderFallbackException)
            {
                throw new CliUsageException($"{shownAs} is not UTF-8 text (it ends inside a multi-byte character); save it as UTF-8 and run again.");
            }

            return (offset, Convert.ToHexString(hash.GetHashAndReset()));
        }
    }
}
