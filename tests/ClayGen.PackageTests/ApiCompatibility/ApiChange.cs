namespace ClayGen.PackageTests.ApiCompatibility;

/// <summary>One change to a member or type, as a person reads it.</summary>
/// <param name="Kind">Breaking (<see cref="ApiChangeKind.Major"/>) or additive (<see cref="ApiChangeKind.Minor"/>).</param>
/// <param name="Description">e.g. <c>removed from ClayGen.Workspace: public string? Name { get; set; }</c>.</param>
public sealed record ApiChange(ApiChangeKind Kind, string Description)
{
    public override string ToString() => (Kind == ApiChangeKind.Major ? "BREAKING " : "addition ") + Description;
}
