using Credence.Domain.Authoring;

namespace Credence.Domain.Tests.Authoring;

/// <summary>Stage rules and cycles among a pathway's stages.</summary>
public sealed class PathwayStageTests
{
    private static AuthoringResult LoadPathway(string stages) =>
        Load.Many(("p.yaml", "kind: pathway\nid: p\ntitle: P\nstages:\n" + stages), ("a.yaml", Load.Microcredential("a")), ("b.yaml", Load.Microcredential("b")));

    [Fact]
    public void Loader_reports_a_cycle_of_stages_once_at_the_closing_reference()
    {
        var result = LoadPathway("""
              - { id: s1, microcredentials: [a], after: [s3] }
              - { id: s2, microcredentials: [a], after: [s1] }
              - { id: s3, microcredentials: [b], after: [s2] }
            """);

        var error = Load.AssertOnlyError(result, AuthoringCodes.StageCycle, 6, 46, "stages[1].after[0]", "p.yaml");
        Assert.Contains("s1", error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Pathways);
    }

    [Fact]
    public void Loader_reports_a_stage_that_comes_after_itself()
    {
        var result = LoadPathway("  - { id: s1, microcredentials: [a], after: [s1] }\n");

        Load.AssertOnlyError(result, AuthoringCodes.StageCycle, 5, 46, "stages[0].after[0]", "p.yaml");
    }

    [Fact]
    public void Branching_stages_that_rejoin_are_not_a_cycle()
    {
        var result = LoadPathway("""
              - { id: core, microcredentials: [a] }
              - { id: left, microcredentials: [a], after: [core] }
              - { id: right, microcredentials: [b], after: [core] }
              - { id: capstone, microcredentials: [b], after: [left, right] }
            """);

        Assert.False(result.HasErrors, string.Join("\n", result.Errors));
    }

    [Fact]
    public void Loader_reports_an_n_of_count_larger_than_the_stage()
    {
        var result = LoadPathway("  - id: s1\n    microcredentials: [a, b]\n    rule: n-of\n    count: 3\n");

        Load.AssertOnlyError(result, AuthoringCodes.StageCountInvalid, 8, 12, "stages[0].count", "p.yaml");
    }

    [Fact]
    public void Loader_reports_n_of_without_a_count()
    {
        var result = LoadPathway("  - id: s1\n    microcredentials: [a, b]\n    rule: n-of\n");

        Load.AssertOnlyError(result, AuthoringCodes.StageCountInvalid, 7, 11, "stages[0].rule", "p.yaml");
    }

    [Fact]
    public void Loader_reports_a_count_given_with_all_of()
    {
        var result = LoadPathway("  - id: s1\n    microcredentials: [a, b]\n    count: 1\n");

        Load.AssertOnlyError(result, AuthoringCodes.StageCountInvalid, 7, 12, "stages[0].count", "p.yaml");
    }

    [Fact]
    public void Loader_reports_a_stage_with_no_microcredentials()
    {
        var result = LoadPathway("  - id: s1\n    microcredentials: []\n");

        Load.AssertOnlyError(result, AuthoringCodes.StageEmpty, 6, 23, "stages[0].microcredentials", "p.yaml");
    }

    [Fact]
    public void Loader_reports_duplicate_stage_ids()
    {
        var result = LoadPathway("  - { id: s1, microcredentials: [a] }\n  - { id: s1, microcredentials: [b] }\n");

        Load.AssertOnlyError(result, AuthoringCodes.DuplicateId, 6, 11, "stages[1].id", "p.yaml");
    }
}
