using Credence.Domain.Authoring;

namespace Credence.Domain.Tests.Authoring;

/// <summary>References by id across files and within a file: microcredentials, stages, competencies, scales and levels.</summary>
public sealed class CrossReferenceTests
{
    private const string Pathway = """
        kind: pathway
        id: p
        title: P
        stages:
          - id: first
            microcredentials: [a]
          - id: second
            microcredentials: [b, c]
            rule: n-of
            count: 1
            after: [first]
        offRamps:
          - afterStage: second
            occupations: [15-1232.00]
        """;

    [Fact]
    public void Pathway_stages_resolve_microcredentials_defined_in_other_files()
    {
        var result = Load.Many(("p.yaml", Pathway), ("a.yaml", Load.Microcredential("a")), ("b.yaml", Load.Microcredential("b")), ("c.yaml", Load.Microcredential("c")));

        Assert.False(result.HasErrors, string.Join("\n", result.Errors));
        var pathway = Assert.Single(result.Pathways);
        Assert.Equal(["b", "c"], pathway.Stages[1].Microcredentials);
        Assert.Equal(1, pathway.Stages[1].RequiredCount);
    }

    [Fact]
    public void Loaded_records_name_the_file_each_came_from()
    {
        var result = Load.Many(("p.yaml", Pathway), ("a.yaml", Load.Microcredential("a")), ("b.yaml", Load.Microcredential("b")), ("c.yaml", Load.Microcredential("c")));

        Assert.Equal(["a.yaml", "b.yaml", "c.yaml"], result.MicrocredentialPaths);
        Assert.Equal(["a", "b", "c"], result.Microcredentials.Select(m => m.Id));
        Assert.Equal(["p.yaml"], result.PathwayPaths);
    }

    [Fact]
    public void Loader_reports_a_stage_naming_a_microcredential_no_file_defines()
    {
        var result = Load.Many(("p.yaml", Pathway), ("a.yaml", Load.Microcredential("a")), ("b.yaml", Load.Microcredential("b")));

        Load.AssertOnlyError(result, AuthoringCodes.UnknownMicrocredential, 8, 27, "stages[1].microcredentials[1]", "p.yaml");
        Assert.Empty(result.Pathways);
        Assert.Equal(2, result.Microcredentials.Count);
    }

    [Fact]
    public void A_microcredential_with_errors_still_counts_as_defined_for_references()
    {
        var broken = "kind: microcredential\nid: c\ntitle: C\neqfLevel: 99\n";
        var result = Load.Many(("p.yaml", Pathway), ("a.yaml", Load.Microcredential("a")), ("b.yaml", Load.Microcredential("b")), ("c.yaml", broken));

        Load.AssertOnlyError(result, AuthoringCodes.ValueOutOfRange, 4, 11, "eqfLevel", "c.yaml");
        Assert.Single(result.Pathways);
    }

    [Fact]
    public void Loader_reports_a_stage_after_an_unknown_stage()
    {
        var result = Load.One("kind: pathway\nid: p\ntitle: P\nstages:\n  - id: s1\n    microcredentials: [m]\n    after: [s0]\n");

        Load.AssertError(result, AuthoringCodes.UnknownStage, 7, 13, "stages[0].after[0]");
    }

    [Fact]
    public void Loader_reports_an_off_ramp_after_an_unknown_stage()
    {
        var result = Load.Many(("p.yaml", "kind: pathway\nid: p\ntitle: P\nstages:\n  - id: s1\n    microcredentials: [m]\noffRamps:\n  - afterStage: s9\n    occupations: [15-1232.00]\n"), ("m.yaml", Load.Microcredential("m")));

        Load.AssertOnlyError(result, AuthoringCodes.UnknownStage, 8, 17, "offRamps[0].afterStage", "p.yaml");
    }

    [Fact]
    public void Loader_reports_a_prerequisite_id_that_no_file_defines_but_accepts_free_text()
    {
        var result = Load.One("kind: microcredential\nid: a\ntitle: T\nentry:\n  prerequisites: [networking-basics, High school diploma]\n");

        Load.AssertOnlyError(result, AuthoringCodes.UnknownMicrocredential, 5, 19, "entry.prerequisites[0]");
    }

    [Fact]
    public void Prerequisites_resolve_across_files()
    {
        var result = Load.Many(("a.yaml", "kind: microcredential\nid: a\ntitle: T\nentry:\n  prerequisites: [b]\n"), ("b.yaml", Load.Microcredential("b")));

        Assert.False(result.HasErrors, string.Join("\n", result.Errors));
    }

    [Fact]
    public void Loader_reports_an_assessment_of_an_unknown_competency()
    {
        var result = Load.One("kind: microcredential\nid: a\ntitle: T\ncompetencies:\n  - { id: c1, statement: S }\nassessments:\n  - id: x\n    method: exam\n    assesses: [c1, c2]\n");

        Load.AssertOnlyError(result, AuthoringCodes.UnknownCompetency, 9, 20, "assessments[0].assesses[1]");
    }

    [Fact]
    public void Loader_reports_an_unknown_proficiency_scale()
    {
        var result = Load.One("kind: microcredential\nid: a\ntitle: T\ncompetencies:\n  - id: c1\n    statement: S\n    requiredProficiency: { scale: dreifus, level: competent }\n");

        var error = Load.AssertOnlyError(result, AuthoringCodes.UnknownScale, 7, 35, "competencies[0].requiredProficiency.scale");
        Assert.Contains("'dreyfus'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loader_reports_an_unknown_level_of_a_built_in_scale()
    {
        var result = Load.One("kind: microcredential\nid: a\ntitle: T\ncompetencies:\n  - id: c1\n    statement: S\n    requiredProficiency: { scale: mastery, level: expert }\n");

        Load.AssertOnlyError(result, AuthoringCodes.UnknownLevel, 7, 51, "competencies[0].requiredProficiency.level");
    }

    [Fact]
    public void Proficiency_requirements_resolve_scales_defined_in_other_files()
    {
        var scale = "kind: proficiency-scale\nid: house\nname: House scale\nlevels:\n  - { id: low, name: Low }\n  - { id: high, name: High }\n";
        var ok = Load.Many(("m.yaml", "kind: microcredential\nid: a\ntitle: T\ncompetencies:\n  - id: c1\n    statement: S\n    requiredProficiency: { scale: house, level: high }\n"), ("s.yaml", scale));
        var bad = Load.Many(("m.yaml", "kind: microcredential\nid: a\ntitle: T\ncompetencies:\n  - id: c1\n    statement: S\n    requiredProficiency: { scale: house, level: top }\n"), ("s.yaml", scale));

        Assert.False(ok.HasErrors, string.Join("\n", ok.Errors));
        Assert.Equal("house", ok.Scales[^1].Id);
        Load.AssertOnlyError(bad, AuthoringCodes.UnknownLevel, 7, 49, "competencies[0].requiredProficiency.level", "m.yaml");
    }

    [Fact]
    public void Built_in_scales_are_always_in_the_result()
    {
        var result = AuthoringLoader.Load([]);

        Assert.Equal(["dreyfus", "mastery", "onet-level"], result.Scales.Select(s => s.Id));
        Assert.Equal(["novice", "advanced-beginner", "competent", "proficient", "expert"], result.Scales[0].Levels.Select(l => l.Id));
        Assert.Equal(["beginning", "developing", "proficient", "advanced"], result.Scales[1].Levels.Select(l => l.Id));
        Assert.Equal(["0", "1", "2", "3", "4", "5", "6", "7"], result.Scales[2].Levels.Select(l => l.Id));
    }

    [Fact]
    public void Loader_reports_duplicate_level_ids_of_a_file_scale()
    {
        var result = Load.One("kind: proficiency-scale\nid: house\nname: House\nlevels:\n  - { id: low, name: Low }\n  - { id: low, name: Lower }\n");

        Load.AssertOnlyError(result, AuthoringCodes.DuplicateId, 6, 11, "levels[1].id");
    }
}
