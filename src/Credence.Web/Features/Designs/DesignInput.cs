using System.Text.Json;
using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;
using Credence.Persistence.Auditing;
using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Credence.Web.Shared;

namespace Credence.Web.Features.Designs;

/// <summary>A microcredential or pathway read from a request body and checked.</summary>
internal sealed record DesignInput(string Id, Microcredential? Microcredential, Pathway? Pathway)
{
    /// <summary>Reads and validates the body; returns the input or every problem found.</summary>
    public static async Task<(DesignInput? Input, FieldErrors Errors)> ReadAsync(DesignKind kind, HttpRequest request, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        try
        {
            if (kind == DesignKind.Microcredential)
            {
                var microcredential = await JsonSerializer.DeserializeAsync<Microcredential>(request.Body, DesignJson.Options, cancellationToken);
                if (microcredential is null)
                {
                    errors.Add("body", ApiCodes.MalformedBody, "The body is empty.");
                    return (null, errors);
                }

                errors = DesignValidator.Validate(microcredential);
                return (errors.IsEmpty ? new DesignInput(microcredential.Id, microcredential, null) : null, errors);
            }

            var pathway = await JsonSerializer.DeserializeAsync<Pathway>(request.Body, DesignJson.Options, cancellationToken);
            if (pathway is null)
            {
                errors.Add("body", ApiCodes.MalformedBody, "The body is empty.");
                return (null, errors);
            }

            errors = DesignValidator.Validate(pathway);
            return (errors.IsEmpty ? new DesignInput(pathway.Id, null, pathway) : null, errors);
        }
        catch (JsonException exception)
        {
            errors.Add(FieldOf(exception.Path), ApiCodes.MalformedBody, exception.Message);
            return (null, errors);
        }
    }

    public Task<DesignResult> CreateDraftAsync(DesignStore store, string institution, Actor actor, CancellationToken cancellationToken) =>
        Microcredential is not null
            ? store.CreateDraftAsync(institution, Microcredential, actor, cancellationToken)
            : store.CreateDraftAsync(institution, Pathway!, actor, cancellationToken); // One of the two is always set by ReadAsync.

    public Task<DesignResult> SaveDraftAsync(DesignStore store, string institution, Actor actor, CancellationToken cancellationToken) =>
        Microcredential is not null
            ? store.SaveDraftAsync(institution, Microcredential, actor, cancellationToken)
            : store.SaveDraftAsync(institution, Pathway!, actor, cancellationToken); // One of the two is always set by ReadAsync.

    // "$.cost.tuition" → "cost.tuition"; the root is "body".
    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
}
