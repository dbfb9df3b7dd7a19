namespace ClayGen.Sandbox;

/// <summary>One <see cref="ClaySandboxFaults.FailWhen"/> call.</summary>
internal sealed record FailureRule(Func<ClaySandboxRequest, bool> Match, int StatusCode, string Message);
