using System.Security.Cryptography;
using System.Text;

namespace ClayGen.Sandbox.State;

/// <summary>
/// Issues and checks <c>claysession</c> values shaped like Express signed cookies:
/// <c>s:&lt;sid&gt;.&lt;signature&gt;</c>, URL-encoded as browsers and Clay's API send them.
/// </summary>
internal sealed class SessionStore(IdGenerator ids)
{
    private readonly byte[] _secret = Encoding.UTF8.GetBytes(ids.Next("secret_", 32));
    private readonly HashSet<string> _valid = new(StringComparer.Ordinal);

    public string Issue()
    {
        var sid = ids.Next(string.Empty, 32);
        var signature = Convert.ToBase64String(HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(sid))).TrimEnd('=');
        var raw = $"s:{sid}.{signature}";
        _valid.Add(raw);
        return Uri.EscapeDataString(raw);
    }

    // Compared decoded: clients are told to echo the value verbatim, but one that decodes it
    // (s:...) is sending the same session.
    public bool IsValid(string? cookieValue) =>
        !string.IsNullOrEmpty(cookieValue) && _valid.Contains(Uri.UnescapeDataString(cookieValue));

    public void ExpireAll() => _valid.Clear();
}
