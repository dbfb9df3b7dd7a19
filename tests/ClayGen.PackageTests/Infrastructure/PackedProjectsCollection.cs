namespace ClayGen.PackageTests.Infrastructure;

/// <summary>The tests that consume the repository's packages share one <see cref="PackedProjects"/>.</summary>
[CollectionDefinition(Name)]
public sealed class PackedProjectsCollection : ICollectionFixture<PackedProjects>
{
    public const string Name = "Packed projects";
}
