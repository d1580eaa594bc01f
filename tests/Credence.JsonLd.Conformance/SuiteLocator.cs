namespace Credence.JsonLd.Conformance;

/// <summary>Knows where the vendored W3C suites are: <c>Suites/&lt;suite&gt;/</c> copied beside the test binaries.</summary>
internal static class SuiteLocator
{
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Suites");

    /// <summary>The folder of one suite (<c>json-ld-api</c>, <c>rdf-canon</c>).</summary>
    public static string Suite(string name) => Path.Combine(Root, name);

    /// <summary>A file of a suite by its path relative to the suite's folder.</summary>
    public static string File(string suite, string relativePath) => Path.Combine(Suite(suite), relativePath);
}
