using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Credence.Credentials.Baking;

namespace Credence.Web.Features.Verify;

/// <summary>Reads what an untrusted credential says about itself (issuer, subject, achievement, dates) for the report; the checks decide whether to believe it.</summary>
/// <remarks>Never throws on malformed input: what cannot be read is left out.</remarks>
internal static class CredentialReader
{
    private const int MaxContained = 200;

    private static readonly byte[] _pngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The summary of a credential given as bytes (JSON, a compact JWS, a baked PNG or SVG), or null when no credential can be read from them.</summary>
    public static CredentialSummary? Read(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        string format;
        if (text.StartsWith('{'))
        {
            format = "json";
        }
        else if (text.StartsWith("eyJ", StringComparison.Ordinal))
        {
            format = "jwt";
        }
        else
        {
            format = input.AsSpan().StartsWith(_pngSignature) ? "png" : "svg";
            var unbaked = BadgeBaker.Unbake(input);
            if (unbaked.Credential is null)
            {
                return null;
            }

            text = unbaked.Credential;
        }

        return ReadText(text, format, depth: 0);
    }

    private static CredentialSummary? ReadText(string text, string format, int depth)
    {
        var json = text.TrimStart().StartsWith('{') ? text : JwtPayload(text.Trim());
        if (json is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            // A VC 1.1 JWT carries the credential in its vc claim.
            if (root.TryGetProperty("vc", out var vc) && vc.ValueKind == JsonValueKind.Object)
            {
                root = vc;
            }

            return Summarize(root, format, depth);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? JwtPayload(string jws)
    {
        var parts = jws.Split('.');
        if (parts.Length != 3 || !Base64Url.IsValid(parts[1]))
        {
            return null;
        }

        return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1]));
    }

    private static CredentialSummary Summarize(JsonElement credential, string format, int depth)
    {
        var isVc11 = Strings(credential, "@context").FirstOrDefault() == "https://www.w3.org/2018/credentials/v1";
        var subject = First(Property(credential, "credentialSubject"));
        var contained = new List<CredentialSummary>();
        if (depth == 0 && Property(subject, "verifiableCredential") is { ValueKind: JsonValueKind.Array } nested)
        {
            foreach (var item in nested.EnumerateArray().Take(MaxContained))
            {
                var summary = item.ValueKind switch
                {
                    JsonValueKind.Object => Summarize(item, "json", depth + 1),
                    JsonValueKind.String => ReadText(item.GetString()!, "jwt", depth + 1),
                    _ => null,
                };
                if (summary is not null)
                {
                    contained.Add(summary);
                }
            }
        }

        return new CredentialSummary(
            format,
            String(credential, "id"),
            Strings(credential, "type"),
            String(credential, "name"),
            Party(Property(credential, "issuer")),
            subject.ValueKind == JsonValueKind.Object ? Party(subject) : null,
            Achievement(Property(subject, "achievement")),
            String(credential, isVc11 ? "issuanceDate" : "validFrom"),
            String(credential, isVc11 ? "expirationDate" : "validUntil"),
            contained);
    }

    private static PartySummary? Party(JsonElement party)
    {
        if (party.ValueKind == JsonValueKind.String)
        {
            return new PartySummary(party.GetString(), null, null, []);
        }

        if (party.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var identifiers = new List<string>();
        if (String(party, "email") is { } email)
        {
            identifiers.Add($"e-mail {email}");
        }

        foreach (var identifier in Items(Property(party, "identifier")).Where(i => i.ValueKind == JsonValueKind.Object))
        {
            var kind = String(identifier, "identityType") ?? "identifier";
            identifiers.Add(Property(identifier, "hashed") is { ValueKind: JsonValueKind.True }
                ? $"{kind} (hashed, so only someone who knows it can match it)"
                : $"{kind} {String(identifier, "identityHash")}");
        }

        return new PartySummary(String(party, "id"), String(party, "name"), String(party, "url"), identifiers);
    }

    private static AchievementSummary? Achievement(JsonElement achievement)
    {
        if (achievement.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var skills = Items(Property(achievement, "alignment"))
            .Select(a => String(a, "targetName") is { } name ? (String(a, "targetFramework") is { } framework ? $"{name} ({framework})" : name) : null)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var image = Property(achievement, "image");
        var imageUrl = image.ValueKind == JsonValueKind.String ? image.GetString() : String(image, "id");
        return new AchievementSummary(
            String(achievement, "id"),
            String(achievement, "name"),
            String(achievement, "description"),
            String(achievement, "achievementType"),
            String(Property(achievement, "criteria"), "narrative"),
            skills,
            imageUrl is not null && imageUrl.StartsWith("https://", StringComparison.Ordinal) ? imageUrl : null);
    }

    private static JsonElement Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : default;

    private static JsonElement First(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().FirstOrDefault() : value;

    private static IEnumerable<JsonElement> Items(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => value.EnumerateArray(),
        JsonValueKind.Undefined or JsonValueKind.Null => [],
        _ => [value],
    };

    private static string? String(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    private static List<string> Strings(JsonElement element, string name) =>
        Items(Property(element, name)).Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList();
}
