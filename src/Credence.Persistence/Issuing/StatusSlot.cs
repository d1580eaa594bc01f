namespace Credence.Persistence.Issuing;

/// <summary>A status list index handed to one credential.</summary>
/// <param name="StatusListId">The list's key.</param>
/// <param name="Number">The list's number.</param>
/// <param name="Index">The index in the list.</param>
internal readonly record struct StatusSlot(long StatusListId, int Number, int Index);
