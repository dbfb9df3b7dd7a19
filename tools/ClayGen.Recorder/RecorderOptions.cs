namespace ClayGen.Recorder;

/// <summary>Settings of a <see cref="ClayRecorder"/>.</summary>
public sealed class RecorderOptions
{
    /// <summary>Clay's production base address, the default target.</summary>
    public static readonly Uri ClayProduction = new("https://api.clay.com/");

    /// <summary>The Clay base address requests are forwarded to.</summary>
    public Uri Target { get; set; } = ClayProduction;

    /// <summary>
    /// The real <c>claysession</c> value to send to <see cref="Target"/> in place of whatever session
    /// the client sent (so clients can keep using the placeholder). Null forwards the client's cookie.
    /// </summary>
    public string? Session { get; set; }

    /// <summary>The local port to listen on (127.0.0.1); 0 picks a free one.</summary>
    public int Port { get; set; }
}
