using Credence.JsonLd.Rdf;

namespace Credence.JsonLd.Canonicalization;

/// <summary>Lines written one after another into a <see cref="Utf8Buffer"/>, sorted in place by their bytes.</summary>
/// <remarks>Ordering UTF-8 bytes is ordering Unicode code points, which RDFC-1.0 requires (UTF-16 ordinal order is not).</remarks>
internal static class Utf8Lines
{
    public static void Sort(Span<LineRange> lines, Utf8Buffer buffer) => lines.Sort(new Comparer(buffer));

    public static bool AreEqual(Utf8Buffer buffer, LineRange x, LineRange y) =>
        buffer.Slice(x.Start, x.Length).SequenceEqual(buffer.Slice(y.Start, y.Length));

    private readonly struct Comparer(Utf8Buffer buffer) : IComparer<LineRange>
    {
        public int Compare(LineRange x, LineRange y) =>
            buffer.Slice(x.Start, x.Length).SequenceCompareTo(buffer.Slice(y.Start, y.Length));
    }
}
