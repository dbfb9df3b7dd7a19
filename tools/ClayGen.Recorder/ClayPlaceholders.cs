namespace ClayGen.Recorder;

/// <summary>
/// The stand-in values that replace secrets in recordings. The contract tests send the same
/// placeholders, so a scrubbed recording still matches the client's requests.
/// </summary>
public static class ClayPlaceholders
{
    /// <summary>The <c>claysession</c> value every recording expects and every contract test sends.</summary>
    public const string Session = "s%3Aplaceholder-session.placeholder-signature";

    /// <summary>The session a recorded login hands out (kept apart from <see cref="Session"/> so a test can tell them apart).</summary>
    public const string IssuedSession = "s%3Aplaceholder-issued-session.placeholder-signature";

    /// <summary>The password in recorded login bodies.</summary>
    public const string Password = "placeholder-password";

    /// <summary>The domain every recorded email belongs to (reserved for documentation by RFC 2606).</summary>
    public const string EmailDomain = "example.com";

    /// <summary>The n-th placeholder email of a recording (1-based): <c>user@example.com</c>, <c>user2@example.com</c>, ...</summary>
    /// <param name="index">The email's position of first appearance in the recording.</param>
    public static string Email(int index) =>
        index <= 1 ? "user@" + EmailDomain : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"user{index}@{EmailDomain}");

    /// <summary>Whether a session value is obviously a placeholder.</summary>
    /// <param name="value">A <c>claysession</c> value.</param>
    public static bool IsPlaceholderSession(string value) =>
        value.Contains("placeholder", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether an email is obviously a placeholder (its domain is <see cref="EmailDomain"/>).</summary>
    /// <param name="email">An email address.</param>
    public static bool IsPlaceholderEmail(string email) =>
        email.EndsWith("@" + EmailDomain, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a password (or other secret value) is obviously a placeholder.</summary>
    /// <param name="value">The value.</param>
    public static bool IsPlaceholderSecret(string value) =>
        value.Length == 0 || value.Contains("placeholder", StringComparison.OrdinalIgnoreCase);
}
