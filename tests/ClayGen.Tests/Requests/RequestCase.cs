namespace ClayGen.Tests.Requests;

/// <summary>One call and the exact request it must produce.</summary>
public sealed record RequestCase(
    string Name,
    Func<ClayClient, Task> Call,
    string Method,
    string PathAndQuery,
    string? Body,
    string ResponseBody = "{}")
{
    public override string ToString() => Name;
}
