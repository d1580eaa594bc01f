using System.Reflection;
using System.Text.RegularExpressions;

namespace Credence.Architecture.Tests;

/// <summary>CONVENTIONS §5: every error code constant is listed in <c>docs/errors.md</c>, and every code listed there exists.</summary>
public sealed partial class ErrorCodeCatalogueTests
{
    [Fact]
    public void Every_code_constant_is_in_the_catalogue()
    {
        var catalogue = CatalogueCodes();

        var missing = CodeConstants().Where(c => !catalogue.Contains(c.Value)).Select(c => $"{c.Owner}: {c.Value}").ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_code_in_the_catalogue_is_a_constant()
    {
        var constants = CodeConstants().Select(c => c.Value).ToHashSet(StringComparer.Ordinal);

        var stale = CatalogueCodes().Where(c => !constants.Contains(c)).ToList();

        Assert.Empty(stale);
    }

    [Fact]
    public void Codes_are_unique_across_the_libraries()
    {
        var duplicates = CodeConstants().GroupBy(c => c.Value).Where(g => g.Select(c => c.Owner).Distinct().Count() > 1).Select(g => g.Key).ToList();

        Assert.Empty(duplicates);
    }

    /// <summary>String constants of every static class whose name ends in <c>Codes</c> (<c>JsonLdErrorCodes</c>, <c>RuleCodes</c>, …).</summary>
    private static List<(string Owner, string Value)> CodeConstants() =>
        CredenceAssemblies.All
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsAbstract: true, IsSealed: true } && t.Name.EndsWith("Codes", StringComparison.Ordinal) && t.Name != "ExitCodes")
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
                .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
                .Select(f => (t.FullName!, (string)f.GetRawConstantValue()!)))
            .ToList();

    /// <summary>Codes in the catalogue: the first cell of each table row, in backticks.</summary>
    private static HashSet<string> CatalogueCodes()
    {
        var path = Path.Combine(CredenceAssemblies.RepositoryRoot, "docs", "errors.md");
        return File.ReadLines(path)
            .Select(line => CodeCell().Match(line))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^\|\s*`([^`]+)`\s*\|")]
    private static partial Regex CodeCell();
}
