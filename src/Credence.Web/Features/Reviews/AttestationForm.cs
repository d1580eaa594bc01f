namespace Credence.Web.Features.Reviews;

/// <summary>The attestation form of the scorecard page: the criterion, yes or no, notes, and evidence links one per line.</summary>
internal sealed class AttestationForm
{
    public string? CriterionId { get; set; }

    /// <summary><c>yes</c> or <c>no</c>.</summary>
    public string? Confirmed { get; set; }

    public string? Notes { get; set; }

    /// <summary>Evidence links, one per line.</summary>
    public string? Evidence { get; set; }

    public AttestationRequest ToRequest() =>
        new(CriterionId, Confirmed switch { "yes" => true, "no" => false, _ => null }, Notes, Lines(Evidence));

    /// <summary>Non-blank lines as evidence links, in order.</summary>
    public static IReadOnlyList<EvidenceInput> Lines(string? text) =>
        (text ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(line => new EvidenceInput(line)).ToList();
}
