using System.Xml.Linq;
using LiqunCompliance.Domain.Identity;

namespace LiqunCompliance.Tests.Architecture;

public sealed class LayerDependencyTests
{
    private static readonly string[] ForbiddenPrefixes = ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "MudBlazor", "Microsoft.Extensions"];

    [Fact]
    public void Domain_ReferencesNoFrameworkBeyondTheBaseLibrary()
    {
        var references = typeof(Roles).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        references.ShouldNotBeEmpty();
        references.Where(r => ForbiddenPrefixes.Any(p => r.StartsWith(p, StringComparison.Ordinal))).ShouldBeEmpty();
        references.ShouldAllBe(r => r.StartsWith("System", StringComparison.Ordinal) || r == "netstandard" || r == "mscorlib");
    }

    [Fact]
    public void Domain_ProjectHasNoPackageReferences()
    {
        var project = XDocument.Load(Path.Combine(RepositoryRoot(), "LiqunCompliance.Domain", "LiqunCompliance.Domain.csproj"));

        project.Descendants("PackageReference").ShouldBeEmpty();
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LiqunCompliance.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
