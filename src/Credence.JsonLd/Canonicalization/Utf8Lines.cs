using Credence.JsonLd.Rdf;

namespace Credence.JsonLd.Canonicalization;

/// <summary>Lines written one after another into a <see cref="Utf8Buffer"/>, sorted in place by their bytes.</summary>
/// <remarks>
/// Ordering UTF-8 bytes is ordering Unicode code points, which RDFC-1.0 requires. For <see cref="RdfcSortOrder.Utf16CodeUnit"/>
/// the one case where UTF-16 differs is turned round: at the first differing byte (a lead byte in both lines, since
/// the prefix is shared), a character in U+E000–U+FFFF (lead byte EE or EF) sorts after one above U+FFFF (lead F0–F4),
/// because its UTF-16 code unit is greater than a high surrogate.
/// </remarks>
internal static class Utf8Lines
{
    public static void Sort(Span<LineRange> lines, Utf8Buffer buffer, RdfcSortOrder order) => lines.Sort(new Comparer(buffer, order));

    public static bool AreEqual(Utf8Buffer buffer, LineRange x, LineRange y) =>
        buffer.Slice(x.Start, x.Length).SequenceEqual(buffer.Slice(y.Start, y.Length));

    private readonly struct Comparer(Utf8Buffer buffer, RdfcSortOrder order) : IComparer<LineRange>
    {
        public int Compare(LineRange x, LineRange y)
        {
            var left = buffer.Slice(x.Start, x.Length);
            var right = buffer.Slice(y.Start, y.Length);
            if (order == RdfcSortOrder.CodePoint)
            {
                return left.SequenceCompareTo(right);
            }

            var common = left.CommonPrefixLength(right);
            if (common == left.Length || common == right.Length)
            {
                return left.Length - right.Length;
            }

            int a = left[common], b = right[common];
            if (a is 0xEE or 0xEF && b >= 0xF0)
            {
                return 1;
            }

            if (b is 0xEE or 0xEF && a >= 0xF0)
            {
                return -1;
            }

            return a - b;
        }
    }
}
