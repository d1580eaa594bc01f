namespace Credence.LaborMarket.Model;

/// <summary>Whether a wage figure is published, withheld (<c>*</c>), top-coded (<c>#</c>) or absent from the file.</summary>
internal enum WageStatus
{
    Published,
    NotAvailable,
    TopCoded,
    Blank,
}
