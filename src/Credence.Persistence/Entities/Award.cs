namespace Credence.Persistence.Entities;

/// <summary>The decision that a learner earned a microcredential version: made when its award rule is met.</summary>
public sealed class Award
{
    /// <summary>The database key.</summary>
    public long Id { get; set; }

    /// <summary>The awarding institution's key.</summary>
    public long InstitutionId { get; set; }

    /// <summary>The learner's key.</summary>
    public long LearnerId { get; set; }

    /// <summary>The learner.</summary>
    public Learner? Learner { get; set; }

    /// <summary>The microcredential version's key.</summary>
    public long DesignVersionId { get; set; }

    /// <summary>The microcredential version.</summary>
    public DesignVersion? DesignVersion { get; set; }

    /// <summary>When it was awarded (the date the credential is issued for).</summary>
    public DateTimeOffset AwardedAt { get; set; }

    /// <summary>Who or what awarded it (user id, or <c>bulk:JOB</c>).</summary>
    public string? AwardedBy { get; set; }
}
