using System.Globalization;
using System.Text;
using Credence.Domain.Authoring;

namespace Credence.Domain.Tests.Authoring;

/// <summary>Hostile or garbage input gives a clear error, never an exception or a hang (each load runs under a 10 s guard).</summary>
public sealed class HostileInputTests
{
    private static async Task<AuthoringResult> Guarded(Func<AuthoringResult> load) =>
        await Task.Run(load, TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

    [Fact]
    public async Task Deeply_nested_flow_collections_give_a_nesting_error()
    {
        var text = "kind: microcredential\nid: a\ntitle: T\nkeywords: " + new string('[', 200_000) + new string(']', 200_000) + "\n";

        var result = await Guarded(() => Load.One(text));

        Load.AssertOnlyError(result, AuthoringCodes.NestingTooDeep, 4, 10 + YamlTreeReader.MaxDepth, null);
    }

    [Fact]
    public async Task Deeply_nested_block_maps_give_a_nesting_error()
    {
        var builder = new StringBuilder("kind: microcredential\nid: a\ntitle: T\n");
        for (var i = 0; i < 1_000; i++)
        {
            builder.Append(' ', i).Append("k:\n");
        }

        var result = await Guarded(() => Load.One(builder.ToString()));

        Assert.Equal(AuthoringCodes.NestingTooDeep, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_without_parsing()
    {
        var text = "kind: microcredential\nid: a\ntitle: T\ndescription: " + new string('x', 3_000_000) + "\n";

        var result = await Guarded(() => Load.One(text));

        Load.AssertOnlyError(result, AuthoringCodes.DocumentTooLarge, 1, 1, null);
    }

    [Fact]
    public async Task A_billion_laughs_alias_bomb_in_an_unknown_field_is_not_expanded()
    {
        var builder = new StringBuilder("kind: microcredential\nid: a\ntitle: T\nlol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 30; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"lol{i}: &l{i} [").AppendJoin(", ", Enumerable.Repeat($"*l{i - 1}", 9)).Append("]\n");
        }

        var result = await Guarded(() => Load.One(builder.ToString()));

        Assert.All(result.Errors, e => Assert.Equal(AuthoringCodes.UnknownField, e.Code));
        Assert.Equal(30, result.Errors.Count);
    }

    [Fact]
    public async Task An_alias_bomb_through_model_fields_stops_at_the_node_budget()
    {
        var builder = new StringBuilder("kind: microcredential\nid: a\ntitle: T\nlanguages: [&f other]\ncompetencies:\n  - &c\n    id: c\n    statement: S\n    alignments:\n");
        builder.Append("      - &al { framework: *f }\n");
        for (var i = 0; i < 2_000; i++)
        {
            builder.Append("      - *al\n");
        }

        for (var i = 0; i < 2_000; i++)
        {
            builder.Append("  - *c\n");
        }

        var result = await Guarded(() => Load.One(builder.ToString()));

        Assert.Contains(result.Errors, e => e.Code == AuthoringCodes.TooManyNodes);
        Assert.True(result.Errors.Count <= ErrorSink.MaxErrors);
        Assert.Empty(result.Microcredentials);
    }

    [Fact]
    public async Task An_alias_to_an_undefined_anchor_is_a_syntax_error()
    {
        var result = await Guarded(() => Load.One("kind: microcredential\nid: a\ntitle: *missing\n"));

        Load.AssertOnlyError(result, AuthoringCodes.YamlSyntax, 3, 8, null);
    }

    [Fact]
    public async Task A_self_referencing_alias_does_not_loop()
    {
        var result = await Guarded(() => Load.One("kind: microcredential\nid: a\ntitle: T\nkeywords: &k [a, *k]\n"));

        Assert.Equal(AuthoringCodes.YamlSyntax, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task Thousands_of_errors_in_one_file_are_capped()
    {
        var builder = new StringBuilder("kind: microcredential\nid: a\ntitle: T\nkeywords:\n");
        for (var i = 0; i < 5_000; i++)
        {
            builder.Append("  - [x]\n");
        }

        var result = await Guarded(() => Load.One(builder.ToString()));

        Assert.Equal(ErrorSink.MaxErrors, result.Errors.Count);
        Assert.Equal(AuthoringCodes.TooManyErrors, result.Errors[^1].Code);
    }

    [Fact]
    public async Task Every_prefix_of_an_example_file_loads_without_throwing()
    {
        var text = AuthoringFiles.Example("it-support-fundamentals.yaml").Text;

        var results = await Guarded(() =>
        {
            var last = Load.One(string.Empty);
            for (var length = 0; length <= text.Length; length += 11)
            {
                last = Load.One(text[..length]);
            }

            return last;
        });

        Assert.NotNull(results);
    }

    [Fact]
    public async Task Random_yaml_punctuation_loads_without_throwing()
    {
        const string Alphabet = "kind: microcredential\n-[]{}&*!|>'\"%@`#,?:~ \t\r\n\u00e9\ufeff0123456789abcxyz";
        var random = new Random(20_240_601);
        var texts = Enumerable.Range(0, 5_000)
            .Select(_ => "kind: microcredential\n" + new string([.. Enumerable.Range(0, random.Next(1, 120)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]))
            .ToList();

        var results = await Guarded(() => AuthoringLoader.Load(texts.Select((t, i) => new SourceDocument($"f{i}.yaml", t))));

        Assert.NotEmpty(results.Errors);
        Assert.All(results.Errors, e => Assert.StartsWith("authoring.", e.Code, StringComparison.Ordinal));
    }
}
