using PublicApiGenerator;

namespace Credence.Architecture.Tests;

/// <summary>CONVENTIONS §7: each library's public surface is approved in <c>ApiApproval/&lt;Library&gt;.approved.txt</c>.</summary>
/// <remarks>On a difference the test writes <c>.received.txt</c> beside the approved file; review it and copy it over to approve.</remarks>
public sealed class PublicApiTests
{
    public static TheoryData<string> Libraries() => new(
        CredenceAssemblies.All.Select(a => a.GetName().Name!).Where(n => n is not "Credence.Cli" and not "Credence.Web"));

    [Theory]
    [MemberData(nameof(Libraries))]
    public void Public_api_matches_the_approved_file(string library)
    {
        var assembly = CredenceAssemblies.All.Single(a => a.GetName().Name == library);
        var options = new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.CompilerServices.InternalsVisibleToAttribute", "System.Reflection.AssemblyMetadataAttribute"] };
        var actual = Normalize(assembly.GeneratePublicApi(options));
        var directory = Path.Combine(CredenceAssemblies.RepositoryRoot, "tests", "Credence.Architecture.Tests", "ApiApproval");
        var approvedPath = Path.Combine(directory, library + ".approved.txt");
        var receivedPath = Path.Combine(directory, library + ".received.txt");

        var approved = File.Exists(approvedPath) ? Normalize(File.ReadAllText(approvedPath)) : string.Empty;
        if (approved != actual)
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(receivedPath, actual);
        }
        else if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }

        Assert.Equal(approved, actual);
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";
}
