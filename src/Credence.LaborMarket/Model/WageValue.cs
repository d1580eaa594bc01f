namespace Credence.LaborMarket.Model;

/// <summary>A published wage figure or the reason it is missing.</summary>
internal readonly record struct WageValue(decimal? Amount, WageStatus Status)
{
    public static WageValue Blank { get; } = new(null, WageStatus.Blank);

    public static WageValue Of(decimal amount) => new(amount, WageStatus.Published);
}
