using Credence.Domain.Authoring;

namespace Credence.Domain.Tests.Authoring;

/// <summary>Test access to the example files and to the repository's schema and docs.</summary>
internal static class AuthoringFiles
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string ExamplesDirectory => Path.Combine(RepositoryRoot, "tests", "Credence.Domain.Tests", "Authoring", "Examples");

    /// <summary>Every example file, with its path relative to the examples folder.</summary>
    public static IReadOnlyList<SourceDocument> Examples() =>
        [.. Directory.EnumerateFiles(ExamplesDirectory, "*.yaml").Order(StringComparer.Ordinal).Select(f => new SourceDocument(Path.GetFileName(f), File.ReadAllText(f)))];

    public static SourceDocument Example(string fileName) => Examples().Single(d => d.Path == fileName);

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Credence.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (Credence.slnx) was not found above the test output folder.");
    }
}
