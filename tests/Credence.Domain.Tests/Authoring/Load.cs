using Credence.Domain.Authoring;

namespace Credence.Domain.Tests.Authoring;

/// <summary>Shorthands for loading inline YAML and asserting on errors.</summary>
internal static class Load
{
    /// <summary>Loads one file named <c>test.yaml</c>.</summary>
    public static AuthoringResult One(string yaml) => AuthoringLoader.Load([new SourceDocument("test.yaml", yaml)]);

    /// <summary>Loads several files, given as (path, text) pairs.</summary>
    public static AuthoringResult Many(params (string Path, string Text)[] files) =>
        AuthoringLoader.Load(files.Select(f => new SourceDocument(f.Path, f.Text)));

    /// <summary>Asserts that the result has an error with exactly this code, place and field, and returns it.</summary>
    public static AuthoringError AssertError(AuthoringResult result, string code, int line, int column, string? field, string path = "test.yaml")
    {
        var match = result.Errors.FirstOrDefault(e => e.Code == code && e.Path == path && e.Line == line && e.Column == column && e.Field == field);
        Assert.True(match is not null, $"Expected {path}:{line}:{column} {code} {field}; got:\n{string.Join("\n", result.Errors)}");
        return match;
    }

    /// <summary>Asserts that the result has exactly one error and that it is this one.</summary>
    public static AuthoringError AssertOnlyError(AuthoringResult result, string code, int line, int column, string? field, string path = "test.yaml")
    {
        Assert.True(result.Errors.Count == 1, $"Expected exactly one error; got:\n{string.Join("\n", result.Errors)}");
        return AssertError(result, code, line, column, field, path);
    }

    /// <summary>A minimal valid microcredential with the given id, for cross-file tests.</summary>
    public static string Microcredential(string id) => $"""
        kind: microcredential
        id: {id}
        title: Title of {id}
        """;
}
