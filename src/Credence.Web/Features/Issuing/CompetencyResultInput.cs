namespace Credence.Web.Features.Issuing;

/// <summary>One competency's row of the issuer desk's results form: the level reached, the result, the assessor and an evidence link.</summary>
internal sealed class CompetencyResultInput
{
    public string? CompetencyId { get; set; }

    /// <summary>The proficiency level reached, a level id on the requirement's scale; empty when not assessed.</summary>
    public string? Level { get; set; }

    /// <summary>For a competency without a required level: whether the assessor judged it mastered.</summary>
    public bool Mastered { get; set; }

    public string? Result { get; set; }

    public string? Assessor { get; set; }

    public string? Evidence { get; set; }

    /// <summary>Whether the issuer entered anything for this competency; rows left empty are not recorded.</summary>
    public bool IsAssessed => !string.IsNullOrWhiteSpace(Level) || Mastered || !string.IsNullOrWhiteSpace(Result);
}
