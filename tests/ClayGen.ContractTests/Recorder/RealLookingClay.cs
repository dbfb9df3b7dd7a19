using ClayGen.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace ClayGen.ContractTests.Recorder;

/// <summary>
/// The script that makes a <see cref="ClayFakeServer"/> stand in for the real Clay (which tests cannot
/// reach) behind the recorder: it answers with real-looking secrets and volatile headers, so the
/// recorder has something to scrub.
/// </summary>
public static class RealLookingClay
{
    // Shaped like the real thing and deliberately not placeholders: none of them may reach a recording.
    public const string RealSession = "s%3AQk9tX2Rhc2hib2FyZDEyMzQ1Njc4.hT9vZ2xA0kq1xYzLmNoP4rStUvW";
    public const string IssuedSession = "s%3AnEwSeSsIoN0987654321abcdef.Zx81Qm27PlKo09ijUhYgTfRd";
    public const string RealEmail = "jane.doe@acme-corp.io";
    public const string RealPassword = "hunter2-Real-Pa55word";
    public const string CfRay = "8c1d2e3f4a5b6c7d-FRA";

    /// <summary>Starts a server scripted as the real Clay.</summary>
    public static ClayFakeServer Start()
    {
        var clay = ClayFakeServer.Start();
        var server = clay.Server;
        server.Given(Request.Create().WithPath("/v3/auth/login").UsingPost())
            .RespondWith(Json(200, $$$"""{"success":true,"user":{"id":4515,"email":"{{{RealEmail}}}","name":"Jane Doe"}}""")
                .WithHeader("Set-Cookie", $"claysession={IssuedSession}; Path=/; Expires=Fri, 05 Dec 2026 10:00:00 GMT; HttpOnly; Secure; SameSite=None")
                .WithHeader("Set-Cookie", "__cf_bm=bm0123456789abcdef; path=/; HttpOnly"));

        // Only the real session gets data: proves the recorder swapped it in for the client's placeholder.
        server.Given(Request.Create().WithPath("/v3/workspaces/712043/permissions").UsingGet().WithHeader("Cookie", $"claysession={RealSession}"))
            .RespondWith(Json(200, $$$"""{"users":[{"id":4515,"name":"Jane Doe","email":"{{{RealEmail}}}","permission":"OWNER"},{"id":4516,"name":"Sam Roe","email":"sam.roe@acme-corp.io","permission":"EDITOR","inviteToken":"inv_9f8e7d6c5b4a"}]}"""));
        server.Given(Request.Create().WithPath("/v3/workspaces/712043/permissions").UsingGet()).AtPriority(10)
            .RespondWith(Json(401, """{"message":"Unauthorized"}"""));

        server.Given(Request.Create().WithPath("/v3/credit-reporting/712043/creditReportType/workspace").UsingGet())
            .RespondWith(Json(200, """{"entities":[{"id":"wb_1","entity":{"name":"Leads","isDeleted":false,"__kind":"workbook"},"credits":12.5,"actionExecutions":25,"subentities":[]}],"unattributedCredits":0,"unattributedActionExecutions":0}"""));

        server.Given(Request.Create().WithPath("/v3/tables/t_0tq8m7QwEr2C/records").UsingDelete())
            .RespondWith(Json(200, "{}"));

        server.Given(Request.Create().WithPath("/v3/tables/t_0tq8m7QwEr2C/count").UsingGet())
            .RespondWith(Json(429, """{"message":"Too many requests"}""").WithHeader("Retry-After", "5"));

        // A route the spec does not have, so the recorder must skip it.
        server.Given(Request.Create().WithPath("/v3/imports").UsingGet())
            .RespondWith(Json(200, $$$"""[{"id":"imp_0tq8mImp01","name":"Zapier import","createdBy":"{{{RealEmail}}}"}]"""));
        return clay;
    }

    private static IResponseBuilder Json(int status, string body) => Response.Create()
        .WithStatusCode(status)
        .WithHeader("Content-Type", "application/json; charset=utf-8")
        .WithHeader("Date", "Thu, 27 Nov 2026 10:00:00 GMT")
        .WithHeader("CF-Ray", CfRay)
        .WithHeader("CF-Cache-Status", "DYNAMIC")
        .WithHeader("X-Request-Id", "req_0123456789")
        .WithBody(body);
}
