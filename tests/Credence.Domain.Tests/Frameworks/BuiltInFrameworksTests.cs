using Credence.Domain.Evaluation.Checks;
using Credence.Domain.Frameworks;

namespace Credence.Domain.Tests.Frameworks;

public sealed class BuiltInFrameworksTests
{
    [Fact]
    public void All_holds_the_four_built_in_frameworks_in_order()
    {
        var ids = BuiltInFrameworks.All.Select(f => f.Id);

        Assert.Equal(["mvf", "pathway-design", "eu-microcredential", "stakeholder-views"], ids);
    }

    [Fact]
    public void Get_throws_ArgumentException_for_an_unknown_id()
    {
        Assert.Throws<ArgumentException>(() => BuiltInFrameworks.Get("no-such-framework"));
    }

    [Fact]
    public void Mvf_has_the_eleven_principles_of_the_article()
    {
        var principles = BuiltInFrameworks.Get("mvf").Principles.Select(p => p.Id);

        Assert.Equal(
            ["access", "quality", "relevance", "collaboration", "employer-engagement", "clarity", "flexibility", "assessment", "stackability", "advancement", "shareable"],
            principles);
    }

    [Fact]
    public void Pathway_design_has_the_eight_design_criteria_and_judges_pathways_only()
    {
        var framework = BuiltInFrameworks.Get("pathway-design");

        Assert.Equal(8, framework.Principles.Count);
        Assert.Equal([SubjectKind.Pathway], framework.AppliesTo);
    }

    [Fact]
    public void Stakeholder_views_reads_learners_institutions_and_industry_for_both_kinds()
    {
        var framework = BuiltInFrameworks.Get("stakeholder-views");

        Assert.Equal(["learners", "institutions", "industry"], framework.Principles.Select(p => p.Id));
        Assert.Equal([SubjectKind.Microcredential, SubjectKind.Pathway], framework.AppliesTo);
    }

    [Fact]
    public void Every_principle_of_the_value_frameworks_has_several_criteria()
    {
        var thin = BuiltInFrameworks.Get("mvf").Principles.Where(p => p.Criteria.Count < 3).Select(p => p.Id).ToList();

        Assert.Empty(thin);
    }

    [Fact]
    public void Every_check_named_by_a_built_in_framework_exists_and_every_parameter_it_gets_is_understood()
    {
        var problems = new List<string>();
        foreach (var framework in BuiltInFrameworks.All)
        {
            foreach (var principle in framework.Principles)
            {
                foreach (var criterion in principle.Criteria)
                {
                    var id = $"{framework.Id}.{principle.Id}.{criterion.Id}";
                    var parameters = CheckLibrary.AttestationParameters;
                    if (criterion.Check is { } name)
                    {
                        if (!CheckLibrary.All.TryGetValue(name, out var check))
                        {
                            problems.Add($"{id}: no check '{name}'");
                            continue;
                        }

                        parameters = check.Parameters;
                    }

                    foreach (var (key, value) in criterion.Parameters)
                    {
                        var parameter = parameters.FirstOrDefault(p => p.Name == key);
                        if (parameter is null || parameter.Validate(value) is not null)
                        {
                            problems.Add($"{id}: parameter {key}={value}");
                        }
                    }
                }
            }

            problems.AddRange(FrameworkRules.Validate(framework).Select(p => $"{framework.Id} {p.Where}: {p.Code}"));
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Every_check_in_the_library_is_used_by_a_built_in_framework()
    {
        var used = BuiltInFrameworks.All.SelectMany(f => f.Principles).SelectMany(p => p.Criteria).Select(c => c.Check).ToHashSet();

        var unused = CheckLibrary.All.Keys.Where(name => !used.Contains(name)).ToList();

        Assert.Empty(unused);
    }

    [Fact]
    public void Every_parameter_default_is_valid_for_its_own_declaration()
    {
        var broken = CheckLibrary.All.Values
            .SelectMany(c => c.Parameters.Where(p => p.Default is not null && p.Validate(p.Default) is not null).Select(p => $"{c.Name}.{p.Name}"))
            .ToList();

        Assert.Empty(broken);
    }
}
