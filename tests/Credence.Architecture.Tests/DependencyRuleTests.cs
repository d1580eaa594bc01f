using System.Reflection;

namespace Credence.Architecture.Tests;

/// <summary>CONVENTIONS §2: dependencies point inward; each project references only what its row allows.</summary>
public sealed class DependencyRuleTests
{
    // Which Credence assemblies and which third-party assemblies each project may reference.
    // The BCL (System.*, Microsoft.Win32.*, netstandard, mscorlib) is always allowed.
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Credence.JsonLd"] = [],
        ["Credence.Credentials"] = ["Credence.JsonLd", "NSec.Cryptography", "JsonSchema.Net", "Json.More", "JsonPointer.Net"],
        ["Credence.Domain"] = ["YamlDotNet"],
        ["Credence.LaborMarket"] = ["Credence.Domain"],
        ["Credence.Persistence"] = ["Credence.Domain", "Credence.Credentials", "Credence.LaborMarket", "Credence.JsonLd", "Microsoft.EntityFrameworkCore*", "Microsoft.AspNetCore.Identity*", "Microsoft.AspNetCore.DataProtection*", "Microsoft.Extensions.*", "MailKit", "MimeKit"],
        ["Credence.Persistence.Sqlite"] = ["Credence.Persistence", "Credence.Domain", "Credence.Credentials", "Credence.LaborMarket", "Microsoft.EntityFrameworkCore*", "Microsoft.Extensions.*"],
        ["Credence.Persistence.PostgreSql"] = ["Credence.Persistence", "Credence.Domain", "Credence.Credentials", "Credence.LaborMarket", "Microsoft.EntityFrameworkCore*", "Npgsql*", "Microsoft.Extensions.*"],
        ["Credence.Web"] = ["*"],
        ["Credence.Cli"] = ["*"],
    };

    // Hosts compose everything but never each other.
    private static readonly Dictionary<string, string[]> Forbidden = new(StringComparer.Ordinal)
    {
        ["Credence.Web"] = ["Credence.Cli"],
        ["Credence.Cli"] = ["Credence.Web"],
    };

    public static TheoryData<string> Projects() => new(CredenceAssemblies.All.Select(a => a.GetName().Name!));

    [Fact]
    public void Every_source_assembly_has_a_row_in_the_dependency_table()
    {
        var missing = CredenceAssemblies.All.Select(a => a.GetName().Name!).Where(n => !Allowed.ContainsKey(n)).ToList();

        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void Project_references_only_what_its_row_allows(string project)
    {
        var assembly = CredenceAssemblies.All.Single(a => a.GetName().Name == project);
        var allowed = Allowed[project];
        var forbidden = Forbidden.GetValueOrDefault(project, []);

        var violations = assembly.GetReferencedAssemblies()
            .Select(r => r.Name!)
            .Where(name => !IsBcl(name))
            .Where(name => forbidden.Contains(name) || !allowed.Any(pattern => Matches(pattern, name)))
            .ToList();

        Assert.Empty(violations);
    }

    [Fact]
    public void The_domain_and_the_json_ld_library_reference_nothing_of_ours_but_what_the_table_says()
    {
        var domain = CredenceAssemblies.All.Single(a => a.GetName().Name == "Credence.Domain");
        var jsonLd = CredenceAssemblies.All.Single(a => a.GetName().Name == "Credence.JsonLd");

        Assert.DoesNotContain(domain.GetReferencedAssemblies(), r => r.Name!.StartsWith("Credence.", StringComparison.Ordinal));
        Assert.DoesNotContain(jsonLd.GetReferencedAssemblies(), r => r.Name!.StartsWith("Credence.", StringComparison.Ordinal));
        Assert.DoesNotContain(domain.GetReferencedAssemblies(), r => r.Name is "System.Net.Http" or "Microsoft.EntityFrameworkCore");
    }

    private static bool IsBcl(string name) =>
        name is "netstandard" or "mscorlib" ||
        name.StartsWith("System.", StringComparison.Ordinal) && name != "System.CommandLine" ||
        name.StartsWith("Microsoft.Win32.", StringComparison.Ordinal) ||
        name == "System";

    private static bool Matches(string pattern, string name) =>
        pattern == "*" ||
        (pattern.EndsWith('*') ? name.StartsWith(pattern[..^1], StringComparison.Ordinal) : name == pattern);
}
