using Credence.Persistence.Auditing;
using Credence.Persistence.Designs;

namespace Credence.Web.Features.DesignTransfer;

/// <summary>Imports an uploaded YAML file or zip into an institution, all or nothing, for the import page and the import endpoint alike.</summary>
internal sealed class DesignImport(DesignImporter importer)
{
    public async Task<(ImportResult? Result, IReadOnlyList<ImportProblem> Problems)> ImportAsync(string institution, IFormFile? file, bool publish, Actor actor, CancellationToken cancellationToken)
    {
        var (documents, problems) = await ImportUpload.ReadAsync(file, cancellationToken);
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var result = await importer.ImportAsync(institution, documents, new ImportOptions { Publish = publish }, actor, cancellationToken);
        if (result.Code is { } code)
        {
            return (null, [new ImportProblem("(upload)", null, null, null, code, "There is no such institution.")]);
        }

        return result.Succeeded
            ? (result, [])
            : (null, result.Errors.Select(e => new ImportProblem(e.Path, e.Line, e.Column, e.Field, e.Code, e.Message)).ToList());
    }
}
