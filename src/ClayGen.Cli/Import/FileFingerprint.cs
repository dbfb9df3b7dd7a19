namespace ClayGen.Cli.Import;

/// <summary>
/// What the first read of an input file saw: its length and SHA-256 (the resume file's identity of the
/// file) and a hash of each block, so a later read can check every block before its rows are used.
/// </summary>
/// <param name="Length">Bytes in the file.</param>
/// <param name="Sha256">SHA-256 of the whole file, upper-case hex.</param>
/// <param name="BlockSize">Bytes per block; the last block may be shorter.</param>
/// <param name="BlockHashes">SHA-256 of each block, in file order.</param>
internal sealed record FileFingerprint(long Length, string Sha256, int BlockSize, IReadOnlyList<byte[]> BlockHashes)
{
    /// <summary>Blocks of 1 MiB: one buffer of that size during the import, 32 bytes of hash per MiB of file.</summary>
    public const int DefaultBlockSize = 1 << 20;
}
