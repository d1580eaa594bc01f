using System.IO.Compression;
using System.Text;
using Credence.Domain.Authoring;
using Credence.Persistence;
using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Features.DesignTransfer;

/// <summary>Writes an institution's designs in the YAML authoring format — the folder layout <c>credence evaluate</c> reads (<c>microcredentials/ID.yaml</c>, <c>pathways/ID.yaml</c>, and the institution's stored proficiency scales as <c>scales/ID.yaml</c>).</summary>
internal sealed class DesignExport(CredenceDbContext db, ProficiencyScaleStore scales)
{
    /// <summary>Every proficiency scale the institution stored, as the YAML it was imported from, ordered by id.</summary>
    public async Task<IReadOnlyList<(string Id, string Yaml)>> ScalesAsync(long institutionId, CancellationToken cancellationToken) =>
        (await scales.ListAsync(institutionId, cancellationToken)).Select(s => (s.Slug, s.SourceYaml)).ToList();

    /// <summary>The published versions, or with <paramref name="drafts"/> each design's newest version (its draft when it has one).</summary>
    public async Task<IReadOnlyList<(DesignKind Kind, string Id, string Yaml)>> ListAsync(long institutionId, bool drafts, DesignKind? kind, string? id, CancellationToken cancellationToken)
    {
        var versions = db.DesignVersions.AsNoTracking().Where(v => v.Design!.InstitutionId == institutionId);
        versions = drafts
            ? versions.Where(v => v.Number == v.Design!.Versions.Max(o => o.Number))
            : versions.Where(v => v.Number == v.Design!.PublishedVersionNumber);
        if (kind is { } k)
        {
            versions = versions.Where(v => v.Design!.Kind == k);
        }

        if (id is not null)
        {
            versions = versions.Where(v => v.Design!.Slug == id);
        }

        var rows = await versions
            .Select(v => new { v.Design!.Kind, v.Design.Slug, v.Content, v.SourceYaml })
            .ToListAsync(cancellationToken);
        return rows
            .OrderBy(r => r.Kind).ThenBy(r => r.Slug, StringComparer.Ordinal)
            .Select(r => (r.Kind, r.Slug, r.SourceYaml ?? Write(r.Kind, r.Content)))
            .ToList();
    }

    public static string PathOf(DesignKind kind, string id) => (kind == DesignKind.Microcredential ? "microcredentials/" : "pathways/") + id + ".yaml";

    public static byte[] Zip(IReadOnlyList<(DesignKind Kind, string Id, string Yaml)> designs, IReadOnlyList<(string Id, string Yaml)> scales)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (kind, id, yaml) in designs)
            {
                Add(archive, PathOf(kind, id), yaml);
            }

            foreach (var (id, yaml) in scales)
            {
                Add(archive, "scales/" + id + ".yaml", yaml);
            }
        }

        return buffer.ToArray();
    }

    private static void Add(ZipArchive archive, string path, string yaml)
    {
        // A fixed time keeps the zip the same for the same designs.
        var entry = archive.CreateEntry(path, CompressionLevel.Optimal);
        entry.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var stream = entry.Open();
        stream.Write(Encoding.UTF8.GetBytes(yaml));
    }

    private static string Write(DesignKind kind, string content) => kind == DesignKind.Microcredential
        ? AuthoringWriter.Write(DesignJson.DeserializeMicrocredential(content))
        : AuthoringWriter.Write(DesignJson.DeserializePathway(content));
}
