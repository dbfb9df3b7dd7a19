using ClayGen.Tests.Infrastructure;

namespace ClayGen.Tests.Reliability;

/// <summary>The planted secrets, and the assertion that text carries none of them in any usual spelling.</summary>
public static class Secrets
{
    /// <summary>Fragments that must never appear: each session id and signature, raw and URL-decoded, and the password.</summary>
    public static IReadOnlyList<string> Fragments { get; } =
    [
        TestClients.SessionValue,
        Uri.UnescapeDataString(TestClients.SessionValue),
        "plantedSessionId0123456789",
        "SecretSignatureAbcDef",
        ClayFakeServer.FreshSessionValue,
        "freshSessionId9876543210",
        "FreshSignatureZyx",
        ClayFakeServer.Password,
    ];

    public static void AssertNone(string? text, string where)
    {
        foreach (var secret in Fragments)
        {
            Assert.False(
                text?.Contains(secret, StringComparison.OrdinalIgnoreCase) ?? false,
                $"{where} leaks a planted secret ('{secret[..6]}…'): {text}");
        }
    }

    /// <summary>Everything an exception shows: message, ToString (inner exceptions included) and the details' text.</summary>
    public static void AssertNone(Exception exception)
    {
        Assert.NotNull(exception);
        AssertNone(exception.Message, "Message");
        AssertNone(exception.ToString(), "ToString()");
        if (exception is ClayApiException api)
        {
            AssertNone(api.ResponseExcerpt, "ResponseExcerpt");
            AssertNone(api.ClayMessage, "ClayMessage");
            AssertNone(api.RequestPath, "RequestPath");
            AssertNone(string.Join("\n", api.Headers.Select(h => h.Key + ": " + string.Join(",", h.Value))), "Headers");
        }
    }
}
