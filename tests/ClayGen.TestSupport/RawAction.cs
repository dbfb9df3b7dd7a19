namespace ClayGen.TestSupport;

/// <summary>What a <see cref="RawHttpServer"/> with a fault plan does with one request.</summary>
public enum RawAction
{
    /// <summary>Answers 200 with the configured JSON body.</summary>
    Respond,

    /// <summary>Reads the request, then resets the connection (RST) without a byte of response.</summary>
    Reset,

    /// <summary>Reads the request, then closes the connection cleanly (FIN) without a response.</summary>
    Close,

    /// <summary>Sends the status line, headers promising a long body and part of it, then closes the connection.</summary>
    TruncateBody,

    /// <summary>Sends the status line, headers and part of the body, then goes silent with the connection open.</summary>
    StallBody,

    /// <summary>
    /// Sends the status line and headers of the configured body, then the body 8 bytes at a time, each
    /// piece when the test asks for it (<see cref="RawHttpServer.SendPieceAsync"/>).
    /// </summary>
    TrickleBody,
}
