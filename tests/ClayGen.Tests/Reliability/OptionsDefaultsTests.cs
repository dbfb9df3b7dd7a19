namespace ClayGen.Tests.Reliability;

/// <summary>The limits documented in the reliability guide (docs/articles/reliability.md) are the defaults the options really have.</summary>
public sealed class OptionsDefaultsTests
{
    [Fact]
    public void The_reliability_limits_have_their_documented_defaults()
    {
        var options = new ClayClientOptions();

        Assert.Equal(3, options.MaxRetries);
        Assert.Equal(TimeSpan.FromSeconds(30), options.AttemptTimeout);
        Assert.Equal(TimeSpan.FromMinutes(2), options.Timeout);
        Assert.Equal(TimeSpan.FromMilliseconds(500), options.RetryBaseDelay);
        Assert.Equal(TimeSpan.FromSeconds(30), options.RetryMaxDelay);
        Assert.Equal(TimeSpan.FromMinutes(1), options.RefusedLoginCooldown);
        Assert.Same(TimeProvider.System, options.TimeProvider);
        Assert.Null(options.LoggerFactory);
    }

    [Fact]
    public void A_negative_refused_login_cooldown_is_rejected()
    {
        var options = new ClayClientOptions { RefusedLoginCooldown = TimeSpan.FromSeconds(-1) };

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => options.Validate());

        Assert.Contains("RefusedLoginCooldown", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_options_description_never_shows_the_session_or_the_password()
    {
        var options = new ClayClientOptions
        {
            Session = TestClients.Session,
            Email = ClayFakeServer.Email,
            Password = ClayFakeServer.Password,
        };

        Secrets.AssertNone(options.ToString(), "ClayClientOptions.ToString()");
        Secrets.AssertNone(options.Session.ToString(), "ClaySession.ToString()");
    }
}
