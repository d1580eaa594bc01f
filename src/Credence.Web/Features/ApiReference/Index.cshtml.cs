using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Credence.Web.Features.ApiReference;

/// <summary>
/// A browsable reference of the REST API, rendered on the server from the same OpenAPI document as <c>/openapi/v1.json</c>:
/// no script, no CDN, readable on a phone and by a screen reader.
/// </summary>
internal sealed class IndexModel([FromKeyedServices("v1")] IOpenApiDocumentProvider documents) : PageModel
{
    public string Title { get; private set; } = string.Empty;

    public string? Description { get; private set; }

    public IReadOnlyList<(string Tag, IReadOnlyList<Operation> Operations)> Groups { get; private set; } = [];

    /// <summary>The document's named schemas (request and response bodies) with their properties.</summary>
    public IReadOnlyList<Schema> Schemas { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var document = await documents.GetOpenApiDocumentAsync(cancellationToken);
        Title = document.Info?.Title ?? "API";
        Description = document.Info?.Description;
        var operations = new List<Operation>();
        foreach (var (path, item) in document.Paths ?? [])
        {
            foreach (var (method, operation) in item.Operations ?? [])
            {
                operations.Add(new Operation(
                    method.Method.ToUpperInvariant(),
                    path,
                    operation.OperationId,
                    operation.Summary ?? operation.Description,
                    operation.Tags?.Select(t => t.Name).OfType<string>().FirstOrDefault() ?? "Other",
                    (operation.Parameters ?? []).Select(p => new Parameter(p.Name ?? string.Empty, p.In?.ToString().ToLowerInvariant() ?? string.Empty, p.Required, TypeOf(p.Schema))).ToList(),
                    operation.RequestBody?.Content?.Select(c => $"{c.Key} {SchemaName(c.Value.Schema)}".Trim()).ToList() ?? [],
                    (operation.Responses ?? []).Select(r => new OperationResponse(r.Key, r.Value.Description, r.Value.Content?.Keys.ToList() ?? [])).ToList()));
            }
        }

        Schemas = (document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => new Schema(
                s.Key,
                s.Value.Description,
                (s.Value.Properties ?? new Dictionary<string, IOpenApiSchema>())
                    .Select(p => new Property(p.Key, TypeOf(p.Value), s.Value.Required?.Contains(p.Key) == true, p.Value.Description))
                    .ToList(),
                (s.Value.Enum ?? []).Select(e => e?.ToString() ?? "null").ToList()))
            .ToList();
        Groups = operations
            .GroupBy(o => o.Tag)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<Operation>)g.OrderBy(o => o.Path, StringComparer.Ordinal).ThenBy(o => o.Method, StringComparer.Ordinal).ToList()))
            .ToList();
    }

    /// <summary>The element id of an operation's section.</summary>
    public static string Anchor(Operation operation) => operation.OperationId ?? $"{operation.Method}-{operation.Path}".Replace('/', '-').Replace('{', '-').Replace('}', '-');

    /// <summary>The element id of a schema's section.</summary>
    public static string SchemaAnchor(string name) => "schema-" + name;

    private static string TypeOf(IOpenApiSchema? schema)
    {
        if (schema is null)
        {
            return string.Empty;
        }

        if (SchemaName(schema) is { Length: > 0 } name)
        {
            return name;
        }

        // A nullable reference is written oneOf [null, reference]: name the reference, "or null".
        if (schema.OneOf is { Count: > 0 } choices)
        {
            return string.Join(" or ", choices.Select(c => c.Type == JsonSchemaType.Null ? "null" : TypeOf(c)).Where(t => t.Length > 0));
        }

        return schema.Type is { } type
            ? string.Join(" or ", Enum.GetValues<JsonSchemaType>().Where(t => type.HasFlag(t)).Select(t => t.ToString().ToLowerInvariant()))
            : string.Empty;
    }

    private static string SchemaName(IOpenApiSchema? schema) => schema switch
    {
        OpenApiSchemaReference reference => reference.Reference.Id ?? string.Empty,
        { Items: OpenApiSchemaReference items } => $"array of {items.Reference.Id}",
        _ => string.Empty,
    };

    /// <summary>One operation of the API.</summary>
    internal sealed record Operation(string Method, string Path, string? OperationId, string? Summary, string Tag, IReadOnlyList<Parameter> Parameters, IReadOnlyList<string> Bodies, IReadOnlyList<OperationResponse> Responses);

    /// <summary>A named schema: its properties, or its values when it is an enumeration.</summary>
    internal sealed record Schema(string Name, string? Description, IReadOnlyList<Property> Properties, IReadOnlyList<string> Values);

    /// <summary>One property of a schema.</summary>
    internal sealed record Property(string Name, string Type, bool Required, string? Description);

    /// <summary>One parameter: name, where it goes (path, query, header) and its type.</summary>
    internal sealed record Parameter(string Name, string In, bool Required, string Type);

    /// <summary>One documented response.</summary>
    internal sealed record OperationResponse(string Status, string? Description, IReadOnlyList<string> MediaTypes);
}
