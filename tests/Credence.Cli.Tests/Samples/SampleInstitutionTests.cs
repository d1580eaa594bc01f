using Credence.Domain.Authoring;
using Credence.Domain.Microcredentials;
using Credence.LaborMarket;

namespace Credence.Cli.Tests.Samples;

/// <summary>The sample institution loads cleanly and uses real O*NET and ESCO codes with their published names.</summary>
public sealed class SampleInstitutionTests
{
    private static readonly AuthoringResult Loaded = AuthoringLoader.Load(
        Directory.EnumerateFiles(CliRun.Samples, "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => new SourceDocument(path, File.ReadAllText(path))));

    [Fact]
    public void Samples_load_without_authoring_errors()
    {
        Assert.Empty(Loaded.Errors);
        Assert.InRange(Loaded.Microcredentials.Count, 10, int.MaxValue);
        Assert.InRange(Loaded.Pathways.Count, 3, int.MaxValue);
    }

    [Fact]
    public void Sample_occupations_are_onet_soc_codes_of_the_embedded_dataset()
    {
        var codes = Loaded.Microcredentials.SelectMany(m => m.TargetOccupations)
            .Concat(Loaded.Pathways.SelectMany(p => p.TargetOccupations.Concat(p.OffRamps.SelectMany(o => o.Occupations))))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.NotNull(LaborMarketDataset.Embedded.FindOccupation(code)));
    }

    [Fact]
    public void Sample_skill_alignments_name_real_onet_elements_and_esco_skills()
    {
        var alignments = Loaded.Microcredentials.SelectMany(m => m.Competencies).SelectMany(c => c.Alignments)
            .Where(a => a.Framework is SkillFramework.OnetElement or SkillFramework.EscoSkill)
            .DistinctBy(a => (a.Framework, a.Code, a.Uri))
            .ToList();

        Assert.NotEmpty(alignments);
        Assert.All(alignments, alignment =>
        {
            var hits = LaborMarketDataset.Embedded.Search(alignment.Name!, 20, alignment.Framework);
            Assert.Contains(hits, hit => hit.Name == alignment.Name && (alignment.Framework == SkillFramework.EscoSkill ? hit.Uri == alignment.Uri : hit.Code == alignment.Code));
        });
    }
}
