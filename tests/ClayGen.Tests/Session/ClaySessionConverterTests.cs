using System.ComponentModel;
using Newtonsoft.Json;

namespace ClayGen.Tests.Session;

public sealed class ClaySessionConverterTests
{
    [Fact]
    public void Configuration_text_becomes_a_session()
    {
        var session = (ClaySession?)TypeDescriptor.GetConverter(typeof(ClaySession)).ConvertFromInvariantString("s%3Aabc.sig");

        Assert.Equal("s%3Aabc.sig", session!.CookieValue);
    }

    [Fact]
    public void Newtonsoft_still_writes_a_session_as_an_object_not_as_its_redacted_text()
    {
        var json = JsonConvert.SerializeObject(new { session = ClaySession.FromCookie("s%3Aabc.sig") });

        Assert.DoesNotContain("redacted", json, StringComparison.Ordinal);
        Assert.StartsWith("{\"session\":{", json, StringComparison.Ordinal);
    }
}
