using System.Collections;
using System.Security.Cryptography;

namespace Credence.Credentials.Status;

/// <summary>Hands out free indexes of a status list at random, so that an index reveals nothing about issuance order.</summary>
/// <remarks>Not thread-safe; persist the allocated indexes with the credentials that use them.</remarks>
/// <seealso href="https://www.w3.org/TR/vc-bitstring-status-list/#privacy-considerations"/>
public sealed class StatusIndexAllocator
{
    private readonly BitArray _used;
    private int _free;

    /// <summary>Initializes a new instance of the <see cref="StatusIndexAllocator"/> class.</summary>
    /// <param name="length">The number of entries in the list.</param>
    /// <param name="used">Indexes already given out.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is not positive or a used index is outside the list.</exception>
    public StatusIndexAllocator(int length, IEnumerable<int> used)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        ArgumentNullException.ThrowIfNull(used);
        _used = new BitArray(length);
        _free = length;
        foreach (var index in used)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, length);
            if (!_used[index])
            {
                _used[index] = true;
                _free--;
            }
        }
    }

    /// <summary>Gets the number of indexes still free.</summary>
    public int Free => _free;

    /// <summary>Allocates a random free index.</summary>
    /// <param name="index">The index, when one was free.</param>
    /// <returns><see langword="false"/> when the list is full (start a new list).</returns>
    public bool TryAllocate(out int index)
    {
        index = -1;
        if (_free == 0)
        {
            return false;
        }

        // Probe forward from a uniformly random start; the list is sparse for most of its life.
        var start = RandomNumberGenerator.GetInt32(_used.Length);
        for (var offset = 0; offset < _used.Length; offset++)
        {
            var candidate = (start + offset) % _used.Length;
            if (!_used[candidate])
            {
                _used[candidate] = true;
                _free--;
                index = candidate;
                return true;
            }
        }

        return false;
    }
}
