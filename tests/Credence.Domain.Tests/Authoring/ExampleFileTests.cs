using Credence.Domain.Authoring;

namespace Credence.Domain.Tests.Authoring;

public sealed class ExampleFileTests
{
    [Fact]
    public void Example_files_load_with_no_errors()
    {
        var result = AuthoringLoader.Load(AuthoringFiles.Examples());

        Assert.True(!result.HasErrors, string.Join("\n", result.Errors));
        Assert.Equal(["cybersecurity-foundations", "it-support-fundamentals", "networking-essentials"], result.Microcredentials.Select(m => m.Id));
        Assert.Equal("it-support-to-network-administration", Assert.Single(result.Pathways).Id);
        Assert.Contains(result.Scales, s => s.Id == "lakeshore-skills");
    }

    [Fact]
    public void The_authoring_guide_quotes_the_example_files_verbatim()
    {
        var guide = File.ReadAllText(Path.Combine(AuthoringFiles.RepositoryRoot, "docs", "authoring.md")).ReplaceLineEndings("\n");

        foreach (var name in new[] { "it-support-fundamentals.yaml", "it-support-pathway.yaml", "lakeshore-skills.yaml" })
        {
            var text = AuthoringFiles.Example(name).Text.ReplaceLineEndings("\n");
            Assert.True(guide.Contains(text, StringComparison.Ordinal), $"docs/authoring.md does not quote {name} as it is.");
        }
    }
}
