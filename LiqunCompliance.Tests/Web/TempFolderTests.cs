using LiqunCompliance.Tests.TestSupport;

namespace LiqunCompliance.Tests.Web;

/// <summary>Tests leave nothing in the system temp folder: a test portal removes its database, lock file and pickup folder.</summary>
public sealed class TempFolderTests
{
    [Fact]
    public async Task TestPortal_Disposed_LeavesNothingBehind()
    {
        string database;
        string pickup;
        await using (var factory = new ComplianceWebFactory())
        {
            _ = factory.Services; // starts it: database created and migrated, demo data seeded
            database = factory.DatabasePath;
            pickup = factory.PickupFolder;
            Directory.CreateDirectory(pickup);
        }

        var prefix = Path.GetFileName(database);
        Directory.GetFileSystemEntries(Path.GetTempPath(), prefix + "*").ShouldBeEmpty();
        Directory.Exists(pickup).ShouldBeFalse();
    }
}
