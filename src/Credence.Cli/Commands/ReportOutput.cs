using System.Text;
using Credence.Cli.Reports;
using Credence.Domain.Evaluation;
using Credence.Domain.Pathways;

namespace Credence.Cli.Commands;

/// <summary>Renders scorecards in the chosen format to stdout, a file or (html) a folder of pages.</summary>
internal static class ReportOutput
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the report; returns the files written (empty when it went to stdout).</summary>
    /// <exception cref="IOException">The report could not be written to <paramref name="outPath"/>.</exception>
    /// <exception cref="UnauthorizedAccessException">The report could not be written to <paramref name="outPath"/>.</exception>
    public static async Task<IReadOnlyList<string>> WriteAsync(
        IReadOnlyList<Scorecard> scorecards, IReadOnlyList<OffRampReport> offRamps, ReportFormat format, string title, string? outPath, CliContext context, CancellationToken cancellationToken)
    {
        if (outPath is null)
        {
            if (format == ReportFormat.Json)
            {
                JsonReport.Write(scorecards, context.Out, offRamps);
            }
            else
            {
                await context.Out.WriteAsync(Render(scorecards, offRamps, format, title, context.OutSupportsColor)).ConfigureAwait(false);
            }

            await context.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            return [];
        }

        if (format == ReportFormat.Html && !HasExtension(outPath, ".html", ".htm"))
        {
            return await WriteHtmlFolderAsync(scorecards, offRamps, title, outPath, cancellationToken).ConfigureAwait(false);
        }

        var file = Directory.Exists(outPath) ? Path.Combine(outPath, "scorecards" + Extension(format)) : outPath;
        if (Path.GetDirectoryName(Path.GetFullPath(file)) is { } parent)
        {
            Directory.CreateDirectory(parent);
        }

        if (format == ReportFormat.Json)
        {
            var writer = new StreamWriter(file, append: false, Utf8);
            await using (writer.ConfigureAwait(false))
            {
                JsonReport.Write(scorecards, writer, offRamps);
            }
        }
        else
        {
            await File.WriteAllTextAsync(file, Render(scorecards, offRamps, format, title, useColor: false), Utf8, cancellationToken).ConfigureAwait(false);
        }

        return [file];
    }

    /// <summary>A folder with <c>index.html</c> (the summary) and one self-contained page per microcredential or pathway.</summary>
    private static async Task<IReadOnlyList<string>> WriteHtmlFolderAsync(IReadOnlyList<Scorecard> scorecards, IReadOnlyList<OffRampReport> offRamps, string title, string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var subjects = ReportText.BySubject(scorecards);
        var pages = PageNames(subjects);
        var written = new List<string>();
        var index = Path.Combine(folder, "index.html");
        await File.WriteAllTextAsync(index, HtmlReport.Write(scorecards, title, id => pages[id]), Utf8, cancellationToken).ConfigureAwait(false);
        written.Add(index);
        foreach (var subject in subjects)
        {
            var page = Path.Combine(folder, pages[subject[0].SubjectId]);
            await File.WriteAllTextAsync(page, HtmlReport.Write(subject, $"{subject[0].SubjectTitle} — {title}", offRamps: offRamps), Utf8, cancellationToken).ConfigureAwait(false);
            written.Add(page);
        }

        return written;
    }

    /// <summary>A file name per subject id, safe on every file system and unique even when ids differ only in case or punctuation.</summary>
    private static Dictionary<string, string> PageNames(IReadOnlyList<IReadOnlyList<Scorecard>> subjects)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "index.html" };
        foreach (var subject in subjects)
        {
            var id = subject[0].SubjectId;
            if (names.ContainsKey(id))
            {
                continue;
            }

            var stem = new string(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-').ToArray()).Trim('.');
            stem = stem.Length == 0 ? "subject" : stem;
            var name = stem + ".html";
            for (var n = 2; !used.Add(name); n++)
            {
                name = $"{stem}-{n}.html";
            }

            names[id] = name;
        }

        return names;
    }

    private static string Render(IReadOnlyList<Scorecard> scorecards, IReadOnlyList<OffRampReport> offRamps, ReportFormat format, string title, bool useColor) => format switch
    {
        ReportFormat.Table => TableReport.Write(scorecards, useColor, offRamps),
        ReportFormat.Json => JsonReport.Write(scorecards, offRamps),
        ReportFormat.Markdown => MarkdownReport.Write(scorecards, offRamps),
        ReportFormat.Html => HtmlReport.Write(scorecards, title, offRamps: offRamps),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    private static string Extension(ReportFormat format) => format switch
    {
        ReportFormat.Table => ".txt",
        ReportFormat.Json => ".json",
        ReportFormat.Markdown => ".md",
        _ => ".html",
    };

    private static bool HasExtension(string path, params string[] extensions) =>
        extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));
}
