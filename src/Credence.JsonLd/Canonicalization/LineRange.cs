namespace Credence.JsonLd.Canonicalization;

/// <summary>Where one serialized line sits in a buffer.</summary>
internal readonly record struct LineRange(int Start, int Length);
