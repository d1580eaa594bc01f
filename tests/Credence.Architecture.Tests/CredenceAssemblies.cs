using System.Reflection;

namespace Credence.Architecture.Tests;

/// <summary>The Credence assemblies the architecture tests look at, and where the repository is.</summary>
internal static class CredenceAssemblies
{
    public static IReadOnlyList<Assembly> All { get; } = Load();

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static List<Assembly> Load()
    {
        var directory = AppContext.BaseDirectory;
        return Directory.EnumerateFiles(directory, "Credence.*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => name is not null && !name.EndsWith(".Tests", StringComparison.Ordinal))
            .Select(name => Assembly.Load(name!))
            .OrderBy(a => a.GetName().Name, StringComparer.Ordinal)
            .ToList();
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Credence.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Credence.slnx not found above the test binaries.");
    }
}
