using Credence.Domain.Authoring;

namespace Credence.Domain.Tests.Authoring;

/// <summary>Each class of malformed input gives its code, file, line, column and field, and nothing throws.</summary>
public sealed class MalformedInputTests
{
    [Fact]
    public void Loader_reports_a_yaml_syntax_error_with_its_position_and_goes_on_with_the_other_files()
    {
        var result = Load.Many(
            ("broken.yaml", "kind: microcredential\nid: a\ntitle: [unclosed\n"),
            ("good.yaml", Load.Microcredential("b")));

        var error = Assert.Single(result.Errors);
        Assert.Equal(AuthoringCodes.YamlSyntax, error.Code);
        Assert.Equal("broken.yaml", error.Path);
        Assert.Equal((4, 1), (error.Line, error.Column));
        Assert.Null(error.Field);
        Assert.Equal("b", Assert.Single(result.Microcredentials).Id);
    }

    [Fact]
    public void Loader_reports_a_bad_indentation_at_the_offending_line()
    {
        var result = Load.One("kind: microcredential\nid: a\ntitle: T\n  description: x\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal(AuthoringCodes.YamlSyntax, error.Code);
        Assert.Equal((4, 14), (error.Line, error.Column));
    }

    [Fact]
    public void Loader_reports_text_where_a_number_is_wanted()
    {
        var result = Load.One("kind: microcredential\nid: a\ntitle: T\nduration:\n  hours: ninety\n");

        Load.AssertOnlyError(result, AuthoringCodes.WrongType, 5, 10, "duration.hours");
    }

    [Fact]
    public void Loader_reports_a_quoted_number_as_the_wrong_type()
    {
        var result = Load.One("kind: microcredential\nid: a\ntitle: T\neqfLevel: \"4\"\n");

        Load.AssertOnlyError(result, AuthoringCodes.WrongType, 4, 11, "eqfLevel");
    }

    [Fact]
    public void Loader_reports_a_map_where_a_list_is_wanted()
    {
        var result = Load.One("kind: microcredential\nid: a\ntitle: T\ncompetencies:\n  id: c1\n  statement: S\n");

        Load.AssertOnlyError(result, AuthoringCodes.WrongType, 5, 3, "competencies");
    }

    [Fact]
    public void Loader_reports_a_list_where_a_map_is_wanted()
    {
        var result = Load.One("kind: microcredential\nid: a\ntitle: T\nprovider: [Lakeshore]\n");

        Load.AssertOnlyError(result, AuthoringCodes.WrongType, 4, 11, "provider");
    }

    [Fact]
    public void Loader_reports_a_map_where_text_is_wanted()
    {
        var result = Load.One("kind: microcredential\nid: a\ntitle: { en: T }\n");

        Load.AssertError(result, AuthoringCodes.WrongType, 3, 8, "title");
    }

    [Fact]
    public void Loader_reports_a_word_where_a_boolean_is_wanted()
    {
        var result = Load.One("kind: microcredential\nid: a\ntitle: T\nentry:\n  openAccess: sometimes\n");

        Load.AssertOnlyError(result, AuthoringCodes.WrongType, 5, 15, "entry.openAccess");
    }

    [Fact]
    public void Loader_reports_an_unknown_field_with_a_suggestion()
    {
        var result = Load.One("kind: microcredential\nid: a\ntitle: T\ncompetencies:\n  - id: c1\n    statment: S\n");

        var error = Load.AssertError(result, AuthoringCodes.UnknownField, 6, 5, "competencies[0].statment");
        Assert.Equal("statement", Suggestions.Closest("statment", ["id", "statement", "kind"]));
        Assert.Contains("'statement'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggestions_are_given_only_for_close_names()
    {
        Assert.Equal("deliveryModes", Suggestions.Closest("deliverymodes", ["deliveryModes", "duration"]));
        Assert.Equal("in-person", Suggestions.Closest("in_person", ["online", "hybrid", "in-person"]));
        Assert.Null(Suggestions.Closest("colour", ["id", "title", "description"]));
    }

    [Fact]
    public void Loader_reports_a_missing_required_field_at_its_map()
    {
        var result = Load.One("kind: microcredential\nid: a\ntitle: T\ncompetencies:\n  - id: c1\n    kind: durable\n");

        Load.AssertOnlyError(result, AuthoringCodes.MissingField, 5, 5, "competencies[0].statement");
    }

    [Fact]
    public void Loader_reports_a_required_field_written_empty()
    {
        var result = Load.One("kind: microcredential\nid: a\ntitle:\n");

        Load.AssertOnlyError(result, AuthoringCodes.MissingField, 3, 7, "title");
    }

    [Fact]
    public void Loader_reports_an_invalid_enum_value_and_lists_the_allowed_ones()
    {
        var result = Load.One("kind: microcredential\nid: a\ntitle: T\ndeliveryModes: [online, in_person]\n");

        var error = Load.AssertOnlyError(result, AuthoringCodes.InvalidEnum, 4, 25, "deliveryModes[1]");
        Assert.Contains("online, hybrid, in-person", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("15/03/2025")]
    [InlineData("2025-3-5")]
    public void Loader_reports_an_invalid_date(string date)
    {
        var result = Load.One($"kind: microcredential\nid: a\ntitle: T\nlastUpdated: {date}\n");

        Load.AssertOnlyError(result, AuthoringCodes.InvalidDate, 4, 14, "lastUpdated");
    }

    [Fact]
    public void Loader_reports_a_duplicate_key()
    {
        var result = Load.One("kind: microcredential\nid: a\ntitle: T\ntitle: U\n");

        Load.AssertOnlyError(result, AuthoringCodes.DuplicateKey, 4, 1, "title");
    }

    [Fact]
    public void Loader_reports_a_second_kind_key()
    {
        var result = Load.One("kind: microcredential\nid: a\ntitle: T\nkind: pathway\n");

        Load.AssertOnlyError(result, AuthoringCodes.DuplicateKey, 4, 1, "kind");
    }

    [Fact]
    public void Loader_reports_duplicate_ids_within_a_file_with_both_locations()
    {
        var result = Load.One("kind: microcredential\nid: a\ntitle: T\ncompetencies:\n  - id: c1\n    statement: S\n  - id: c1\n    statement: U\n");

        var error = Load.AssertOnlyError(result, AuthoringCodes.DuplicateId, 7, 9, "competencies[1].id");
        Assert.Contains("test.yaml:5:9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loader_reports_duplicate_ids_across_files_with_both_locations()
    {
        var result = Load.Many(("one.yaml", Load.Microcredential("same")), ("two.yaml", "kind: microcredential\nid: same\ntitle: Second\n"));

        var error = Load.AssertOnlyError(result, AuthoringCodes.DuplicateId, 2, 5, "id", "two.yaml");
        Assert.Contains("one.yaml:2:5", error.Message, StringComparison.Ordinal);
        Assert.Equal("Title of same", Assert.Single(result.Microcredentials).Title);
    }

    [Fact]
    public void Loader_reports_a_file_scale_that_reuses_a_built_in_id()
    {
        var result = Load.One("kind: proficiency-scale\nid: dreyfus\nname: Mine\nlevels:\n  - { id: one, name: One }\n");

        Load.AssertOnlyError(result, AuthoringCodes.DuplicateId, 2, 5, "id");
    }

    [Fact]
    public void Loader_reports_an_id_that_is_not_lowercase_words_with_dashes()
    {
        var result = Load.One("kind: microcredential\nid: IT Support\ntitle: T\n");

        Load.AssertOnlyError(result, AuthoringCodes.InvalidId, 2, 5, "id");
    }

    [Fact]
    public void Loader_reports_negative_hours()
    {
        var result = Load.One("kind: microcredential\nid: a\ntitle: T\nduration: { hours: -4 }\n");

        Load.AssertOnlyError(result, AuthoringCodes.ValueOutOfRange, 4, 20, "duration.hours");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    public void Loader_reports_an_eqf_level_outside_1_to_8(int level)
    {
        var result = Load.One($"kind: microcredential\nid: a\ntitle: T\neqfLevel: {level}\n");

        Load.AssertOnlyError(result, AuthoringCodes.ValueOutOfRange, 4, 11, "eqfLevel");
    }

    [Fact]
    public void Loader_reports_a_currency_that_is_not_an_iso_code()
    {
        var result = Load.One("kind: microcredential\nid: a\ntitle: T\ncost: { tuition: 100, currency: dollars }\n");

        Load.AssertOnlyError(result, AuthoringCodes.InvalidFormat, 4, 33, "cost.currency");
    }

    [Fact]
    public void Loader_reports_an_empty_file()
    {
        var result = Load.One("# nothing here yet\n");

        Load.AssertOnlyError(result, AuthoringCodes.EmptyDocument, 1, 1, null);
    }

    [Fact]
    public void Loader_reports_an_explicitly_empty_document()
    {
        var result = Load.One("---\n...\n");

        Assert.Equal(AuthoringCodes.EmptyDocument, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Loader_reports_a_second_document_in_one_file_at_its_start()
    {
        var result = Load.One(Load.Microcredential("a") + "\n---\n" + Load.Microcredential("b"));

        Load.AssertOnlyError(result, AuthoringCodes.MultipleDocuments, 4, 1, null);
    }

    [Fact]
    public void Loader_reports_a_missing_kind()
    {
        var result = Load.One("id: a\ntitle: T\n");

        Load.AssertOnlyError(result, AuthoringCodes.MissingKind, 1, 1, "kind");
    }

    [Fact]
    public void Loader_reports_an_unknown_kind_and_suggests_the_closest()
    {
        var result = Load.One("kind: micro-credential\nid: a\ntitle: T\n");

        var error = Load.AssertOnlyError(result, AuthoringCodes.UnknownKind, 1, 7, "kind");
        Assert.Contains("'microcredential'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loader_reports_a_file_that_is_a_list_rather_than_a_map()
    {
        var result = Load.One("- kind: microcredential\n");

        Load.AssertOnlyError(result, AuthoringCodes.WrongType, 1, 1, null);
    }

    [Fact]
    public void Loader_lists_every_problem_of_a_file_in_one_pass()
    {
        var result = Load.One("""
            kind: microcredential
            id: a
            title: T
            eqfLevel: 12
            level: beginner
            duration: { hours: many }
            colour: blue
            lastUpdated: 2025-13-01
            """);

        Assert.Equal(
            [AuthoringCodes.ValueOutOfRange, AuthoringCodes.InvalidEnum, AuthoringCodes.WrongType, AuthoringCodes.UnknownField, AuthoringCodes.InvalidDate],
            result.Errors.Select(e => e.Code));
        Assert.Equal([4, 5, 6, 7, 8], result.Errors.Select(e => e.Line));
        Assert.Empty(result.Microcredentials);
    }
}
