using ClayGen.ContractTests.Checks;
using ClayGen.ContractTests.Infrastructure;

namespace ClayGen.ContractTests.Hygiene;

public sealed class RecordingHygieneTests
{
    [Fact]
    public void No_recording_holds_a_real_session_password_or_email()
    {
        var problems = RecordingLoader.List(RecordingLoader.DefaultRoot)
            .SelectMany(path => RecordingHygiene.Problems(path, File.ReadAllText(Path.Combine(RecordingLoader.DefaultRoot, path))))
            .ToList();

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [InlineData("\"owner@example.com\"", "\"jane.doe@acme-corp.io\"", "email")]
    [InlineData("\"owner@example.com\"", "\"owner@example.com.evil.io\"", "email")]
    public void An_email_outside_example_com_fails_hygiene(string find, string replacement, string expected) =>
        AssertFlagged("Workspaces/listOwners/owners.json", find, replacement, expected);

    [Fact]
    public void A_real_session_cookie_in_a_request_matcher_fails_hygiene() =>
        AssertFlagged("Tables/countRows/count.json", "claysession=s%3Aplaceholder-session.placeholder-signature", "claysession=s%3AQk9tX2Rhc2hib2FyZA.hT9vZ2xA0kq1%2BxYz", "claysession=");

    [Fact]
    public void A_real_session_in_a_set_cookie_header_fails_hygiene() =>
        AssertFlagged("Auth/login/fetch-session.json", "s%3Aplaceholder-issued-session.placeholder-signature", "s%3ARealSid0123456789.RealSig0123456789", "claysession=");

    [Fact]
    public void A_signed_session_id_anywhere_in_a_body_fails_hygiene() =>
        AssertFlagged("Tables/countRows/count.json", "\"tableTotalRecordsCount\": 1523", "\"tableTotalRecordsCount\": 1523, \"debug\": \"sid s:AbCdEf0123456789.ZyXwVu9876543210\"", "signed session");

    [Fact]
    public void A_real_password_in_a_login_body_fails_hygiene() =>
        AssertFlagged("Auth/login/fetch-session.json", "\"password\": \"placeholder-password\"", "\"password\": \"hunter2-Real\"", "'password'");

    [Fact]
    public void A_real_api_key_in_a_header_matcher_fails_hygiene() =>
        AssertFlagged("Tables/countRows/count.json", "\"Name\": \"Cookie\"", "\"Name\": \"Authorization\"", "'Authorization'", alsoReplace: ("claysession=s%3Aplaceholder-session.placeholder-signature", "sk_live_0123456789abcdef"));

    [Fact]
    public void Problems_mask_the_secret_they_report()
    {
        var recording = BadRecordings.Replace("Auth/login/fetch-session.json", "\"password\": \"placeholder-password\"", "\"password\": \"hunter2-Real\"");

        var problems = RecordingHygiene.Problems(recording.RelativePath, recording.Text);

        Assert.DoesNotContain(problems, p => p.Contains("hunter2-Real", StringComparison.Ordinal));
    }

    private static void AssertFlagged(string path, string find, string replacement, string expected, (string Find, string Replacement)? alsoReplace = null)
    {
        var recording = BadRecordings.Replace(path, find, replacement);
        if (alsoReplace is { } more)
        {
            recording = RecordingLoader.Parse(path, recording.Text.Replace(more.Find, more.Replacement, StringComparison.Ordinal));
        }

        Assert.Empty(RecordingHygiene.Problems(path, File.ReadAllText(Path.Combine(RecordingLoader.DefaultRoot, path))));
        var problems = RecordingHygiene.Problems(recording.RelativePath, recording.Text);
        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }
}
