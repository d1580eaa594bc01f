using Credence.Domain.Common;

namespace Credence.Web.Features.Reviews;

/// <summary>The review form of the scorecard page: the decision, the kind of reviewer, notes, and evidence links one per line.</summary>
internal sealed class ReviewForm
{
    public ReviewOutcome? Outcome { get; set; }

    public ReviewerKind? ReviewerKind { get; set; }

    public string? Notes { get; set; }

    /// <summary>Evidence links, one per line.</summary>
    public string? Evidence { get; set; }

    public ReviewRequest ToRequest() => new(Outcome, ReviewerKind, Notes, AttestationForm.Lines(Evidence));
}
