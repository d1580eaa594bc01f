using System.Text;
using System.Text.RegularExpressions;
using Credence.Persistence.Entities;
using Credence.Persistence.Institutions;
using Credence.Persistence.Issuing;
using Credence.Persistence.Keys;
using Credence.Web.Features.Verify;

namespace Credence.Web.Features.PublicDocuments;

/// <summary>This instance's own DID documents and status list credentials for the verifier, read from the database: a credential issued
/// here is verified against exactly what <see cref="PublicDocumentsApi"/> serves, without an HTTP request to ourselves.</summary>
internal sealed partial class IssuingDocumentSource(
    IssuingOptions options, InstitutionStore institutions, IssuerKeyService keys, StatusListService statusLists) : ILocalDocumentSource
{
    public async Task<byte[]?> FindAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var publicBase = options.PublicBaseUrl;
        if (!string.Equals(url.IdnHost, publicBase.IdnHost, StringComparison.OrdinalIgnoreCase) || !(url.Port == publicBase.Port || (url.IsDefaultPort && publicBase.IsDefaultPort)))
        {
            return null;
        }

        var basePath = publicBase.AbsolutePath.TrimEnd('/');
        var path = url.AbsolutePath;
        if (!path.StartsWith(basePath + "/", StringComparison.Ordinal))
        {
            return null;
        }

        path = path[basePath.Length..];
        if (DidDocumentPath().Match(path) is { Success: true } did)
        {
            var institution = await institutions.FindAsync(did.Groups["slug"].Value, cancellationToken);
            return institution is null ? null : Encoding.UTF8.GetBytes(await keys.BuildDidDocumentAsync(institution, cancellationToken));
        }

        if (StatusListPath().Match(path) is { Success: true } list && IssuingUrls.TryParsePurpose(list.Groups["purpose"].Value, out var purpose)
            && int.TryParse(list.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            var published = await statusLists.GetPublishedAsync(list.Groups["slug"].Value, purpose, number, cancellationToken);
            return published is null ? null : Encoding.UTF8.GetBytes(published.Json);
        }

        return null;
    }

    [GeneratedRegex("^/issuers/(?<slug>[a-z0-9-]{1,100})/did\\.json$")]
    private static partial Regex DidDocumentPath();

    [GeneratedRegex("^/issuers/(?<slug>[a-z0-9-]{1,100})/status/(?<purpose>revocation|suspension)/(?<number>[0-9]{1,9})$")]
    private static partial Regex StatusListPath();
}
