using Credence.Domain.Authoring;
using Credence.Persistence;
using Credence.Persistence.Auditing;
using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Credence.Persistence.Institutions;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Shared;

/// <summary>Fills an empty database with the sample institution from <c>samples/</c> (published, with scorecards), so a first start shows a living catalog.</summary>
internal static class SampleInstitution
{
    public const string Slug = "scioto-river";

    /// <summary>Set <c>Credence:LoadSampleInstitution</c> to false to start empty.</summary>
    public const string Setting = "Credence:LoadSampleInstitution";

    public static async Task LoadIfEmptyAsync(IServiceProvider services, IConfiguration configuration, ILogger logger, CancellationToken cancellationToken)
    {
        if (!configuration.GetValue(Setting, defaultValue: true))
        {
            return;
        }

        var db = services.GetRequiredService<CredenceDbContext>();
        if (await db.Institutions.AnyAsync(cancellationToken))
        {
            return;
        }

        var folder = configuration["Credence:SamplesPath"] is { Length: > 0 } path ? path : Path.Combine(AppContext.BaseDirectory, "samples");
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("No sample institution loaded: the folder {Folder} does not exist.", folder);
            return;
        }

        var documents = new List<SourceDocument>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            documents.Add(new SourceDocument(Path.GetRelativePath(folder, file), await File.ReadAllTextAsync(file, cancellationToken)));
        }

        await services.GetRequiredService<InstitutionStore>().AddAsync(
            new Institution
            {
                Slug = Slug,
                Name = "Scioto River Community College",
                Country = "US",
                Url = "https://www.srcc.example.edu",
                Description = "A fictional two-year college in central Ohio: the sample institution.",
            },
            Actor.System,
            cancellationToken);
        var result = await services.GetRequiredService<DesignImporter>().ImportAsync(
            Slug, documents, new ImportOptions { Publish = true }, Actor.System, cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"The sample institution in {folder} did not load: {string.Join("; ", result.Errors.Select(e => e.ToString()))}{result.Code}");
        }

        logger.LogInformation(
            "Loaded the sample institution: {Microcredentials} microcredentials, {Pathways} pathways, {Scorecards} scorecards.",
            result.Microcredentials, result.Pathways, result.Scorecards);
    }
}
