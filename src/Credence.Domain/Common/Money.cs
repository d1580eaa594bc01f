namespace Credence.Domain.Common;

/// <summary>An amount of money in a currency (ISO 4217 code).</summary>
/// <param name="Amount">The amount.</param>
/// <param name="Currency">The ISO 4217 currency code, for example <c>USD</c>.</param>
public readonly record struct Money(decimal Amount, string Currency);
