namespace Credence.Credentials.Tests;

/// <summary>Reads the vendored fixtures copied next to the test binaries.</summary>
internal static class Fixture
{
    public static string PathOf(string relative) => Path.Combine(AppContext.BaseDirectory, "Fixtures", relative);

    public static string Text(string relative) => File.ReadAllText(PathOf(relative));

    public static byte[] Bytes(string relative) => File.ReadAllBytes(PathOf(relative));
}
