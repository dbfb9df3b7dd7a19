using ClayGen.Sandbox;

namespace ClayGen.Cli.Tour;

/// <summary>One step of the tour as it ran: what it is, the command that does the same, what was sent and what came back.</summary>
/// <param name="Number">1-based.</param>
/// <param name="Title">What the step does.</param>
/// <param name="Command">The clay command that does the same.</param>
/// <param name="Requests">The requests the sandbox received during the step.</param>
/// <param name="Result">A one-line description of what came back.</param>
internal sealed record TourStep(int Number, string Title, string Command, IReadOnlyList<ClaySandboxRequest> Requests, string Result);
