namespace Credence.LaborMarket.Model;

/// <summary>A BLS Employment Projections row (employment and openings in thousands, as published).</summary>
internal sealed record Projection(
    string SocCode,
    string Title,
    string OccupationType,
    decimal? Employment2022Thousands,
    decimal? EmploymentProjectedThousands,
    decimal? ChangePercent,
    decimal? AnnualOpeningsThousands,
    WageValue MedianAnnualWage,
    string? TypicalEntryEducation,
    string? WorkExperience,
    string? OnTheJobTraining);
