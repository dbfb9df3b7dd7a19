namespace ClayGen.Sandbox.State;

/// <summary>Clay-style prefixed ids (<c>t_</c>, <c>r_</c>, ...) drawn from the seeded random, so seeded ids repeat across runs.</summary>
internal sealed class IdGenerator(Random random)
{
    private const string Alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    public string Next(string prefix, int length = 16)
    {
        return string.Create(prefix.Length + length, (prefix, random), static (span, state) =>
        {
            state.prefix.AsSpan().CopyTo(span);
            for (var i = state.prefix.Length; i < span.Length; i++)
            {
                span[i] = Alphabet[state.random.Next(Alphabet.Length)];
            }
        });
    }

    public Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        // Version 4 and RFC 4122 variant bits, so the value looks like any other random UUID.
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
