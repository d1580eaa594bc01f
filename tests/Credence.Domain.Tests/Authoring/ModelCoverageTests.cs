using System.Collections;
using Credence.Domain.Authoring;
using Credence.Domain.Common;
using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;

namespace Credence.Domain.Tests.Authoring;

/// <summary>Every field of the model can be written in a file and arrives in the record.</summary>
public sealed class ModelCoverageTests
{
    private static AuthoringResult LoadEveryField() =>
        Load.Many(("m.yaml", EveryField.Microcredential), ("p.yaml", EveryField.Pathway), ("s.yaml", EveryField.Scale), ("o.yaml", EveryField.Other));

    [Fact]
    public void Every_field_of_every_record_loads_to_a_value_other_than_its_default()
    {
        var result = LoadEveryField();
        Assert.False(result.HasErrors, string.Join("\n", result.Errors));

        var all = new HashSet<string>(StringComparer.Ordinal);
        var set = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<Type>();
        Walk(result.Microcredentials.Single(m => m.Id == "every-field"), all, set, seen);
        Walk(result.Pathways.Single(), all, set, seen);
        Walk(result.Scales.Single(s => s.Id == "house-scale"), all, set, seen);

        Assert.Empty(all.Except(set));
        Assert.True(all.Count > 100, $"Only {all.Count} fields were walked.");
        Assert.Contains(typeof(SkillAlignment), seen);
        Assert.Contains(typeof(StackTarget), seen);
    }

    [Fact]
    public void Values_arrive_with_their_types()
    {
        var result = LoadEveryField();
        var m = result.Microcredentials.Single(x => x.Id == "every-field");
        var p = Assert.Single(result.Pathways);

        Assert.Equal(CredentialLevel.Advanced, m.Level);
        Assert.Equal(40.5m, m.Duration!.Hours);
        Assert.Equal(new DateOnly(2025, 3, 1), m.LastUpdated);
        Assert.Equal(new ProficiencyRequirement("dreyfus", "expert"), m.Competencies[0].RequiredProficiency);
        Assert.Equal(new RegionRef("US", "OH", "17460"), m.Region);
        Assert.Equal([DeliveryMode.InPerson], m.DeliveryModes);
        Assert.Equal([EngagementActivity.Endorsed], m.EmployerPartners[0].Activities);
        Assert.Equal(ReviewOutcome.Rejected, m.QualityReviews[0].Outcome);
        Assert.False(m.Attestations[0].Confirmed);
        Assert.Equal(new Money(125.25m, "EUR"), m.Cost!.Total);
        Assert.Equal(StageRule.NOf, p.Stages[1].Rule);
        Assert.Equal(StackingDirection.Horizontal, p.StacksInto[0].Direction);
        Assert.True(p.Attestations[0].Confirmed);
    }

    [Fact]
    public void Fields_left_out_keep_the_model_defaults()
    {
        var result = Load.One("kind: microcredential\nid: a\ntitle: T\ncost: { tuition: 10 }\ncompetencies:\n  - { id: c, statement: S }\n");

        var m = Assert.Single(result.Microcredentials);
        Assert.Equal("USD", m.Cost!.Currency);
        Assert.Equal(CompetencyKind.Technical, m.Competencies[0].Kind);
        Assert.Null(m.Description);
        Assert.Empty(m.Keywords);
    }

    /// <summary>Collects every key (recursively) in <paramref name="all"/>, and in <paramref name="set"/> those with a value other than a fresh record's.</summary>
    private static void Walk(object record, HashSet<string> all, HashSet<string> set, HashSet<Type> seen)
    {
        var shape = RecordShape.For(record.GetType());
        seen.Add(shape.Type);
        foreach (var member in shape.Members)
        {
            var value = member.Property.GetValue(record);
            all.Add($"{shape.Type.Name}.{member.Key}");
            if (value is null || value is ICollection { Count: 0 } || Equals(value, shape.DefaultOf(member)))
            {
                continue;
            }

            set.Add($"{shape.Type.Name}.{member.Key}");
            var items = value is IEnumerable list and not string ? list.Cast<object>() : [value];
            foreach (var item in items.Where(i => RecordShape.IsRecord(i.GetType())))
            {
                Walk(item, all, set, seen);
            }
        }
    }
}
