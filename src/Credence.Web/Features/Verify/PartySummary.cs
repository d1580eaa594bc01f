namespace Credence.Web.Features.Verify;

/// <summary>Who issued a credential, or to whom it was awarded, as the credential itself states it.</summary>
/// <param name="Id">The identifier (a DID, a URL, a <c>urn:uuid:</c>).</param>
/// <param name="Name">The display name, when given.</param>
/// <param name="Url">A web address, when given.</param>
/// <param name="Identifiers">Further identifiers in words (an e-mail address, a student id, or that one is hashed).</param>
internal sealed record PartySummary(string? Id, string? Name, string? Url, IReadOnlyList<string> Identifiers);
