using ClayGen.ContractTests.Infrastructure;
using Snapshooter;
using Snapshooter.Xunit;

namespace ClayGen.ContractTests.Hygiene;

public sealed class SnapshotStrictModeTests
{
    [Fact]
    public void A_missing_snapshot_fails_instead_of_being_written()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "Hygiene", "__snapshots__");
        var before = Directory.Exists(folder) ? Directory.GetFiles(folder).Length : 0;
        try
        {
            Assert.ThrowsAny<Exception>(() => Snapshot.Match(new { never = "recorded" }, SnapshotNameExtension.Create("never-recorded")));
        }
        finally
        {
            var written = Directory.Exists(folder) ? Directory.GetFiles(folder).Length : 0;
            if (written > before)
            {
                Directory.Delete(folder, recursive: true);
            }

            Assert.Equal(before, written);
        }

        Assert.Equal("true", Environment.GetEnvironmentVariable(SnapshotStrictMode.Variable), ignoreCase: true);
    }
}
