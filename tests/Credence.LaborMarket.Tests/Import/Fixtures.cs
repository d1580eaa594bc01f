namespace Credence.LaborMarket.Tests.Import;

/// <summary>Locates the vendored extracts under Fixtures/ (see Fixtures/SOURCE.md).</summary>
internal static class Fixtures
{
    public static string Path(string relative) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", relative);

    public static string Text(string relative) => File.ReadAllText(Path(relative));
}
