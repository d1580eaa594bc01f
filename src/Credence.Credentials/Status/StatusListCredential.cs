using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Credence.Credentials.Documents;

namespace Credence.Credentials.Status;

/// <summary>Builds the <c>BitstringStatusListCredential</c> an issuer publishes, and the entries its credentials point into it with.</summary>
/// <remarks>The result is unsigned: sign it like any other credential before publishing.</remarks>
/// <seealso href="https://www.w3.org/TR/vc-bitstring-status-list/#bitstringstatuslistcredential"/>
public static class StatusListCredential
{
    private static readonly string[] _purposes = ["revocation", "suspension", "refresh", "message"];
    private static readonly JsonSerializerOptions _indented = new() { WriteIndented = true };

    /// <summary>Creates an unsigned status list credential.</summary>
    /// <param name="id">The URL the credential is published at.</param>
    /// <param name="issuer">The issuer's id (its DID or profile URL).</param>
    /// <param name="statusPurpose">The list's purpose: <c>revocation</c>, <c>suspension</c>, <c>refresh</c> or <c>message</c>.</param>
    /// <param name="list">The list.</param>
    /// <param name="validFrom">When this version of the list was published.</param>
    /// <param name="validUntil">When verifiers must fetch a newer version, if ever.</param>
    /// <returns>The credential as indented JSON.</returns>
    /// <exception cref="ArgumentException">The id is not an absolute URL or the purpose is unknown.</exception>
    public static string Create(string id, string issuer, string statusPurpose, BitstringStatusList list, DateTimeOffset validFrom, DateTimeOffset? validUntil = null)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentException.ThrowIfNullOrEmpty(issuer);
        RequireUrl(id, nameof(id));
        RequirePurpose(statusPurpose);
        var subject = new JsonObject
        {
            ["id"] = id + "#list",
            ["type"] = "BitstringStatusList",
            ["statusPurpose"] = statusPurpose,
            ["encodedList"] = list.Encode(),
        };
        if (list.StatusSize > 1)
        {
            subject["statusSize"] = list.StatusSize;
        }

        var credential = new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2"),
            ["id"] = id,
            ["type"] = new JsonArray("VerifiableCredential", "BitstringStatusListCredential"),
            ["issuer"] = issuer,
            ["validFrom"] = XsdDateTime.Format(validFrom),
        };
        if (validUntil is { } until)
        {
            credential["validUntil"] = XsdDateTime.Format(until);
        }

        credential["credentialSubject"] = subject;
        return credential.ToJsonString(_indented);
    }

    /// <summary>Updates a status list credential with a new list: replaces <c>encodedList</c> and <c>validFrom</c> and drops the old proof.</summary>
    /// <param name="statusListCredential">The current credential, signed or not.</param>
    /// <param name="list">The updated list.</param>
    /// <param name="validFrom">When this version is published.</param>
    /// <returns>The unsigned updated credential as indented JSON.</returns>
    /// <exception cref="ArgumentException">The credential is not a status list credential.</exception>
    public static string Update(string statusListCredential, BitstringStatusList list, DateTimeOffset validFrom)
    {
        ArgumentNullException.ThrowIfNull(statusListCredential);
        ArgumentNullException.ThrowIfNull(list);
        JsonObject credential;
        try
        {
            credential = JsonNode.Parse(statusListCredential) as JsonObject ?? throw new ArgumentException("Not a JSON object.", nameof(statusListCredential));
        }
        catch (JsonException exception)
        {
            throw new ArgumentException("The status list credential is not JSON.", nameof(statusListCredential), exception);
        }

        if (credential["credentialSubject"] is not JsonObject subject || subject["encodedList"] is null)
        {
            throw new ArgumentException("The credential has no credentialSubject.encodedList.", nameof(statusListCredential));
        }

        subject["encodedList"] = list.Encode();
        credential["validFrom"] = XsdDateTime.Format(validFrom);
        credential.Remove("proof");
        return credential.ToJsonString(_indented);
    }

    /// <summary>Creates the <c>credentialStatus</c> entry for the credential at <paramref name="index"/> of a list.</summary>
    /// <param name="statusListCredential">The status list credential's URL.</param>
    /// <param name="index">The credential's index in the list (see <see cref="StatusIndexAllocator"/>).</param>
    /// <param name="statusPurpose">The list's purpose.</param>
    /// <param name="statusSize">The list's bits per status.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentException">The URL is not absolute, the purpose is unknown, or the index is negative.</exception>
    public static BitstringStatusListEntry CreateEntry(string statusListCredential, int index, string statusPurpose, int statusSize = 1)
    {
        RequireUrl(statusListCredential, nameof(statusListCredential));
        RequirePurpose(statusPurpose);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var indexText = index.ToString(CultureInfo.InvariantCulture);
        return new BitstringStatusListEntry
        {
            Id = statusListCredential + "#" + indexText,
            StatusPurpose = statusPurpose,
            StatusListIndex = indexText,
            StatusListCredential = statusListCredential,
            StatusSize = statusSize > 1 ? statusSize : null,
        };
    }

    private static void RequireUrl(string url, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(url, parameterName);
        if (!Uri.TryCreate(url, UriKind.Absolute, out _) || url.Contains('#', StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{url}' is not an absolute URL without fragment.", parameterName);
        }
    }

    private static void RequirePurpose(string statusPurpose)
    {
        if (!_purposes.Contains(statusPurpose))
        {
            throw new ArgumentException($"Unknown status purpose '{statusPurpose}'.", nameof(statusPurpose));
        }
    }
}
