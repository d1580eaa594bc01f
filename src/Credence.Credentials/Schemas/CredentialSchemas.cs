using System.Collections.Frozen;
using System.Text;
using System.Text.Json;
using Credence.Credentials.Contexts;
using Credence.Credentials.Verification;
using Json.Schema;

namespace Credence.Credentials.Schemas;

/// <summary>JSON Schema validation of credentials with the bundled current Open Badges 3.0 and CLR 2.0 schemas (draft 2019-09, formats checked).</summary>
/// <remarks>VC 1.1 credentials are not validated against these VC 2.0 schemas (they require <c>validFrom</c>); that check is skipped for them.</remarks>
/// <seealso href="https://www.imsglobal.org/spec/ob/v3p0/#json-schema"/>
public static class CredentialSchemas
{
    private const int MaxReportedErrors = 50;

    private static readonly FrozenDictionary<CredentialSchemaKind, string> _files = new Dictionary<CredentialSchemaKind, string>
    {
        [CredentialSchemaKind.AchievementCredential] = "schemas/ob3/ob_v3p0_achievementcredential_schema.json",
        [CredentialSchemaKind.EndorsementCredential] = "schemas/ob3/ob_v3p0_endorsementcredential_schema.json",
        [CredentialSchemaKind.Profile] = "schemas/ob3/ob_v3p0_profile_schema.json",
        [CredentialSchemaKind.ClrCredential] = "schemas/clr2/clr_v2p0_clrcredential_schema.json",
    }.ToFrozenDictionary();

    private static readonly Lazy<FrozenDictionary<CredentialSchemaKind, JsonSchema>> _schemas = new(Build);
    private static readonly EvaluationOptions _evaluation = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    /// <summary>Picks the schema for a credential from its <c>type</c>: <c>ClrCredential</c>, <c>EndorsementCredential</c>, or an Open Badges achievement credential.</summary>
    /// <param name="credential">The credential.</param>
    /// <returns>The schema kind, or null when the type names none of them.</returns>
    public static CredentialSchemaKind? Detect(JsonElement credential)
    {
        var types = Types(credential);
        return types.Contains("ClrCredential") ? CredentialSchemaKind.ClrCredential
            : types.Contains("EndorsementCredential") ? CredentialSchemaKind.EndorsementCredential
            : types.Contains("OpenBadgeCredential") || types.Contains("AchievementCredential") ? CredentialSchemaKind.AchievementCredential
            : null;
    }

    /// <summary>Validates a credential against the schema its type calls for.</summary>
    /// <param name="credential">The credential.</param>
    /// <returns>One passed check, one failed check per schema error (with its JSON Pointer as path), or a skipped check.</returns>
    public static IReadOnlyList<Check> Validate(JsonElement credential)
    {
        if (IsVc11(credential))
        {
            return [Check.Skipped(VerificationCodes.Ob3Schema, "A VC 1.1 credential is checked with the VC 1.1 rules, not the current VC 2.0-based schemas.")];
        }

        return Detect(credential) is { } kind
            ? Validate(credential, kind)
            : [Check.Failed(VerificationCodes.Ob3Schema, "The type names no Open Badges 3.0 or CLR 2.0 credential.", "/type")];
    }

    /// <summary>Validates a document against one bundled schema.</summary>
    /// <param name="document">The document.</param>
    /// <param name="kind">The schema.</param>
    /// <returns>One passed check, or one failed check per schema error (with its JSON Pointer as path).</returns>
    public static IReadOnlyList<Check> Validate(JsonElement document, CredentialSchemaKind kind)
    {
        var results = _schemas.Value[kind].Evaluate(document, _evaluation);
        if (results.IsValid)
        {
            return [Check.Passed(VerificationCodes.Ob3Schema, $"Valid against the {kind} schema.")];
        }

        var checks = new List<Check>();
        foreach (var detail in results.Details ?? [])
        {
            foreach (var error in detail.Errors ?? new Dictionary<string, string>())
            {
                if (checks.Count == MaxReportedErrors)
                {
                    return checks;
                }

                checks.Add(Check.Failed(VerificationCodes.Ob3Schema, $"{error.Value} ({error.Key} at {detail.EvaluationPath})", detail.InstanceLocation.ToString()));
            }
        }

        return checks.Count > 0 ? checks : [Check.Failed(VerificationCodes.Ob3Schema, $"Not valid against the {kind} schema.")];
    }

    /// <summary>Validates the credential against the schemas its own <c>credentialSchema</c> lists, when they are bundled.</summary>
    /// <param name="credential">The credential.</param>
    /// <returns>Checks per listed schema: validated when bundled, skipped when not (schemas are never fetched); a skipped check when none is listed.</returns>
    public static IReadOnlyList<Check> ValidateCredentialSchemas(JsonElement credential)
    {
        if (credential.ValueKind != JsonValueKind.Object || !credential.TryGetProperty("credentialSchema", out var schemas))
        {
            return [Check.Skipped(VerificationCodes.Ob3CredentialSchema, "The credential lists no credentialSchema.")];
        }

        var checks = new List<Check>();
        var entries = schemas.ValueKind == JsonValueKind.Array ? schemas.EnumerateArray().ToList() : [schemas];
        for (var i = 0; i < entries.Count; i++)
        {
            var path = $"/credentialSchema/{i}";
            var id = entries[i].ValueKind == JsonValueKind.Object && entries[i].TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : null;
            var kind = id is null ? null : KindOf(id);
            if (kind is null)
            {
                // Note: schemas are never fetched (only DID documents, status lists and refresh services are); the bundled schema for the type still applies.
                checks.Add(Check.Skipped(VerificationCodes.Ob3CredentialSchema, $"The schema {id ?? "(no id)"} is not bundled and is not fetched.", path));
                continue;
            }

            var results = Validate(credential, kind.Value);
            checks.AddRange(results.Select(r => r with { Code = VerificationCodes.Ob3CredentialSchema }));
        }

        return checks;
    }

    private static CredentialSchemaKind? KindOf(string schemaId)
    {
        foreach (var (kind, schema) in _schemas.Value)
        {
            if (schema.BaseUri.AbsoluteUri == schemaId)
            {
                return kind;
            }
        }

        return null;
    }

    private static FrozenDictionary<CredentialSchemaKind, JsonSchema> Build()
    {
        var schemas = new Dictionary<CredentialSchemaKind, JsonSchema>();
        foreach (var (kind, file) in _files)
        {
            // Each schema is self-contained ($defs); a registry of its own keeps equal $ids of other libraries apart.
            var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
            schemas[kind] = JsonSchema.FromText(Encoding.UTF8.GetString(BundledContexts.ReadResource(file)), options);
        }

        return schemas.ToFrozenDictionary();
    }

    private static HashSet<string> Types(JsonElement credential)
    {
        var types = new HashSet<string>(StringComparer.Ordinal);
        if (credential.ValueKind == JsonValueKind.Object && credential.TryGetProperty("type", out var type))
        {
            foreach (var item in type.ValueKind == JsonValueKind.Array ? type.EnumerateArray() : Enumerable.Repeat(type, 1))
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    types.Add(item.GetString()!);
                }
            }
        }

        return types;
    }

    private static bool IsVc11(JsonElement credential) =>
        credential.ValueKind == JsonValueKind.Object && credential.TryGetProperty("@context", out var context)
        && (context.ValueKind == JsonValueKind.Array ? context.EnumerateArray().FirstOrDefault() : context) is { ValueKind: JsonValueKind.String } first
        && first.GetString() == "https://www.w3.org/2018/credentials/v1";
}
