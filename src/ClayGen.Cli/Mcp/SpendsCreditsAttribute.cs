namespace ClayGen.Cli.Mcp;

/// <summary>Marks a tool that can spend Clay credits (it runs enrichments), so it is served only with <c>--allow-runs</c>.</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
internal sealed class SpendsCreditsAttribute : Attribute;
