using Credence.Domain.Authoring;
using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;

namespace Credence.Domain.Tests.Authoring;

/// <summary>The writer produces the authoring format: loading what it writes gives back equal records.</summary>
public sealed class WriterTests
{
    [Fact]
    public void Every_field_round_trips_through_the_writer()
    {
        var original = Load.Many(("m.yaml", EveryField.Microcredential), ("p.yaml", EveryField.Pathway), ("s.yaml", EveryField.Scale), ("o.yaml", EveryField.Other));
        Assert.False(original.HasErrors);

        var reloaded = Load.Many(
            [.. original.Microcredentials.Select(m => ($"{m.Id}.yaml", AuthoringWriter.Write(m))),
             .. original.Pathways.Select(p => ($"{p.Id}.yaml", AuthoringWriter.Write(p))),
             .. original.Scales.Skip(3).Select(s => ($"{s.Id}.yaml", AuthoringWriter.Write(s)))]);

        Assert.False(reloaded.HasErrors, string.Join("\n", reloaded.Errors));
        DeepEquality.AssertEqual(original.Microcredentials, reloaded.Microcredentials);
        DeepEquality.AssertEqual(original.Pathways, reloaded.Pathways);
        DeepEquality.AssertEqual(original.Scales, reloaded.Scales);
    }

    [Fact]
    public void Example_files_round_trip_through_the_writer()
    {
        var original = AuthoringLoader.Load(AuthoringFiles.Examples());

        var reloaded = Load.Many(
            [.. original.Microcredentials.Select(m => ($"{m.Id}.yaml", AuthoringWriter.Write(m))),
             .. original.Pathways.Select(p => ($"{p.Id}.yaml", AuthoringWriter.Write(p))),
             .. original.Scales.Skip(3).Select(s => ($"{s.Id}.yaml", AuthoringWriter.Write(s)))]);

        Assert.False(reloaded.HasErrors, string.Join("\n", reloaded.Errors));
        DeepEquality.AssertEqual(original.Microcredentials, reloaded.Microcredentials);
        DeepEquality.AssertEqual(original.Pathways, reloaded.Pathways);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("")]
    [InlineData("123")]
    [InlineData("-1.5e3")]
    [InlineData("true")]
    [InlineData("yes")]
    [InlineData("2025-01-01")]
    [InlineData("key: value")]
    [InlineData("# not a comment")]
    [InlineData("- not a list")]
    [InlineData("[x]")]
    [InlineData("*alias")]
    [InlineData("  leading and trailing  ")]
    [InlineData("line one\nline two\n")]
    [InlineData("line one\nline two")]
    [InlineData("tab\there \"quoted\" 'single' \\ backslash")]
    [InlineData("Café — naïve ☕")]
    public void Text_that_looks_like_something_else_stays_text(string text)
    {
        var microcredential = new Microcredential { Id = "a", Title = "T", Description = text, Keywords = [text] };

        var reloaded = Load.One(AuthoringWriter.Write(microcredential));

        var m = Assert.Single(reloaded.Microcredentials);
        Assert.Equal(text, m.Description);
        Assert.Equal([text], m.Keywords);
    }

    [Fact]
    public void Writer_leaves_out_empty_and_default_fields()
    {
        var text = AuthoringWriter.Write(new Microcredential { Id = "a", Title = "T", Cost = new Cost { Tuition = 10 } });

        Assert.Equal("kind: microcredential\nid: a\ntitle: T\ncost:\n  tuition: 10\n", text);
    }

    [Fact]
    public void Writer_keeps_a_value_that_differs_from_a_true_default()
    {
        var pathway = new Pathway
        {
            Id = "p",
            Title = "P",
            Stages = [new PathwayStage { Id = "s", Microcredentials = ["a", "b"], Rule = StageRule.NOf, Count = 1 }],
            Attestations = [new() { Criterion = "x.y.z", By = "Dean", Date = new DateOnly(2025, 1, 2), Confirmed = false }],
        };

        var text = AuthoringWriter.Write(pathway);

        Assert.Contains("rule: n-of", text, StringComparison.Ordinal);
        Assert.Contains("confirmed: false", text, StringComparison.Ordinal);
        Assert.Contains("date: 2025-01-02", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Writer_rejects_null()
    {
        Assert.Throws<ArgumentNullException>(() => AuthoringWriter.Write((Microcredential)null!));
        Assert.Throws<ArgumentNullException>(() => AuthoringLoader.Load(null!));
    }
}
