using Credence.Domain.Authoring;

namespace Credence.Cli.Commands;

/// <summary>Turns the files and folders named on the command line into authoring documents.</summary>
internal static class InputFiles
{
    /// <summary>The YAML files a path stands for: the file itself, or every .yaml/.yml file below a folder, in ordinal order.</summary>
    /// <returns>The files, or null when the path does not exist.</returns>
    public static IReadOnlyList<string>? Expand(string path)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        if (!Directory.Exists(path))
        {
            return null;
        }

        return Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = FileAttributes.Hidden })
            .Where(IsYaml)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Reads the files as UTF-8 text, reporting progress after each one.</summary>
    public static async Task<IReadOnlyList<SourceDocument>> ReadAsync(IReadOnlyList<string> files, Progress progress, CancellationToken cancellationToken)
    {
        var documents = new List<SourceDocument>(files.Count);
        foreach (var file in files)
        {
            var text = await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false);
            documents.Add(new SourceDocument(file, text));
            progress.Advance();
        }

        progress.Done();
        return documents;
    }

    private static bool IsYaml(string file) =>
        file.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
