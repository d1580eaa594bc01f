using System.IO.Compression;
using System.Text;
using Credence.Domain.Authoring;

namespace Credence.Web.Features.DesignTransfer;

/// <summary>Reads an uploaded YAML file or zip of a folder into authoring documents, refusing hostile zips (too many entries, too much content, unsafe paths) before anything is parsed.</summary>
internal static class ImportUpload
{
    /// <summary>The largest upload accepted.</summary>
    public const long MaxUploadBytes = 8 * 1024 * 1024;

    /// <summary>The most entries a zip may have (files and folders).</summary>
    public const int MaxEntries = 2000;

    /// <summary>The most bytes a zip may unpack to, counted as they are read (a zip's declared sizes can lie).</summary>
    public const long MaxUnpackedBytes = 32 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<(IReadOnlyList<SourceDocument> Documents, IReadOnlyList<ImportProblem> Problems)> ReadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return ([], [new ImportProblem("(upload)", null, null, null, ImportCodes.NoFile, "Choose a .yaml or .yml file, or a .zip of a folder.")]);
        }

        var name = Path.GetFileName(file.FileName);
        if (file.Length > MaxUploadBytes)
        {
            return ([], [new ImportProblem(name, null, null, null, ImportCodes.TooLarge, $"An upload has at most {MaxUploadBytes / (1024 * 1024)} MiB.")]);
        }

        if (IsYaml(name))
        {
            await using var stream = file.OpenReadStream();
            var bytes = await ReadLimitedAsync(stream, MaxUploadBytes, cancellationToken);
            return Decode(bytes!) is { } text // The upload's length was checked above.
                ? ([new SourceDocument(name, text)], [])
                : ([], [NotText(name)]);
        }

        if (!name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            return ([], [new ImportProblem(name, null, null, null, ImportCodes.UnsupportedFile, "Upload a .yaml or .yml file, or a .zip of a folder.")]);
        }

        await using var upload = file.OpenReadStream();
        using var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        return await ReadZipAsync(name, buffer, cancellationToken);
    }

    private static async Task<(IReadOnlyList<SourceDocument>, IReadOnlyList<ImportProblem>)> ReadZipAsync(string name, Stream stream, CancellationToken cancellationToken)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            return ([], [new ImportProblem(name, null, null, null, ImportCodes.InvalidZip, "The file is not a readable zip.")]);
        }

        using (archive)
        {
            if (archive.Entries.Count > MaxEntries)
            {
                return ([], [new ImportProblem(name, null, null, null, ImportCodes.TooManyEntries, $"A zip has at most {MaxEntries} entries; this one has {archive.Entries.Count}.")]);
            }

            var problems = new List<ImportProblem>();
            foreach (var entry in archive.Entries.Where(e => !IsSafe(e.FullName)))
            {
                problems.Add(new ImportProblem(entry.FullName, null, null, null, ImportCodes.UnsafePath, "The path must stay inside the folder: no leading slash, no '..', no backslash or drive letter."));
            }

            if (problems.Count > 0)
            {
                return ([], problems);
            }

            var documents = new List<SourceDocument>();
            var remaining = MaxUnpackedBytes;
            foreach (var entry in archive.Entries.Where(e => IsYaml(e.FullName)).OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                byte[]? bytes;
                try
                {
                    await using var content = await entry.OpenAsync(cancellationToken);
                    bytes = await ReadLimitedAsync(content, remaining, cancellationToken);
                }
                catch (InvalidDataException)
                {
                    return ([], [new ImportProblem(entry.FullName, null, null, null, ImportCodes.InvalidZip, "This entry of the zip cannot be unpacked.")]);
                }

                if (bytes is null)
                {
                    return ([], [new ImportProblem(name, null, null, null, ImportCodes.TooLarge, $"A zip unpacks to at most {MaxUnpackedBytes / (1024 * 1024)} MiB.")]);
                }

                remaining -= bytes.Length;
                if (Decode(bytes) is { } text)
                {
                    documents.Add(new SourceDocument(entry.FullName, text));
                }
                else
                {
                    problems.Add(NotText(entry.FullName));
                }
            }

            if (problems.Count > 0)
            {
                return ([], problems);
            }

            return documents.Count == 0
                ? ([], [new ImportProblem(name, null, null, null, ImportCodes.NoYaml, "The zip holds no .yaml or .yml file.")])
                : (documents, []);
        }
    }

    /// <summary>Reads at most <paramref name="limit"/> bytes; null when the stream holds more.</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream stream, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string? Decode(byte[] bytes)
    {
        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static ImportProblem NotText(string file) => new(file, null, null, null, ImportCodes.NotText, "The file is not UTF-8 text.");

    private static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static bool IsSafe(string path) =>
        path.Length > 0 &&
        !path.StartsWith('/') &&
        !path.Contains('\\', StringComparison.Ordinal) &&
        !path.Contains(':', StringComparison.Ordinal) &&
        !path.Split('/').Any(segment => segment == "..");
}
