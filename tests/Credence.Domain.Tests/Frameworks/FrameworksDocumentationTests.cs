using Credence.Domain.Evaluation.Checks;
using Credence.Domain.Frameworks;

namespace Credence.Domain.Tests.Frameworks;

/// <summary>docs/frameworks.md writes out every built-in criterion and every check; these tests keep it in step with the code.</summary>
public sealed class FrameworksDocumentationTests
{
    private static readonly Lazy<string> Text = new(() => File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "frameworks.md")));

    [Fact]
    public void Every_built_in_criterion_is_written_out()
    {
        var missing = BuiltInFrameworks.All
            .SelectMany(f => f.Principles.SelectMany(p => p.Criteria.Select(c => $"`{f.Id}.{p.Id}.{c.Id}`")))
            .Where(id => !Text.Value.Contains(id, StringComparison.Ordinal))
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_check_and_its_parameters_are_written_out()
    {
        var missing = CheckLibrary.All.Values
            .SelectMany(c => c.Parameters.Select(p => $"`{p.Name}`").Prepend($"#### `{c.Name}`").Select(s => (c.Name, s)))
            .Where(x => !Text.Value.Contains(x.s, StringComparison.Ordinal))
            .Select(x => $"{x.Name}: {x.s}")
            .ToList();

        Assert.Empty(missing);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Credence.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (Credence.slnx) is not above the test binaries.");
    }
}
