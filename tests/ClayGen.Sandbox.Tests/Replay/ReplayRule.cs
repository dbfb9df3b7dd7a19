namespace ClayGen.Sandbox.Tests.Replay;

/// <summary>How a recording's request is replayed against the sandbox, decided by the status Clay answered.</summary>
internal enum ReplayRule
{
    /// <summary>2xx: the recording's ids mapped to the sandbox's, a valid session; the sandbox must answer 2xx.</summary>
    Success,

    /// <summary>401 with a cookie: ids mapped, the session expired first; the sandbox must answer 401.</summary>
    ExpiredSession,

    /// <summary>401 without a cookie (login): the recording's own credentials, which the sandbox does not accept.</summary>
    WrongCredentials,

    /// <summary>404: the recording's own ids, which the sandbox does not have; it must answer 404.</summary>
    UnknownIds,

    /// <summary>
    /// Not replayed: 400, 429 and 5xx. The recorded requests are valid; Clay refused or failed them for
    /// a reason the request does not show (a staged rejection, a rate limit, an outage). The sandbox
    /// answers those only when a test injects them (<see cref="ClaySandboxFaults"/>, covered by
    /// FaultTests), and its own 400s are covered by RecordTests, RunTests and AuthTests.
    /// </summary>
    NotReplayed,
}
