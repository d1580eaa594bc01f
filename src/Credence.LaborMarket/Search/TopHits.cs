namespace Credence.LaborMarket.Search;

/// <summary>The best <c>capacity</c> distinct entries seen so far, by rank then entry index (lower is better); most candidates are rejected by one comparison with the worst kept.</summary>
internal sealed class TopHits(int capacity)
{
    private readonly (int Rank, int Entry, int Term, SearchMatch Match)[] _items = new (int, int, int, SearchMatch)[capacity];

    public int Count { get; private set; }

    public bool IsFull => Count == _items.Length;

    public void Offer(int rank, int entry, int term, SearchMatch match)
    {
        if (IsFull && !Before(rank, entry, _items[Count - 1]))
        {
            return;
        }

        for (var i = 0; i < Count; i++)
        {
            if (_items[i].Entry == entry)
            {
                if (!Before(rank, entry, _items[i]))
                {
                    return;
                }

                RemoveAt(i);
                break;
            }
        }

        var position = Count < _items.Length ? Count : Count - 1;
        if (Count < _items.Length)
        {
            Count++;
        }

        while (position > 0 && Before(rank, entry, _items[position - 1]))
        {
            _items[position] = _items[position - 1];
            position--;
        }

        _items[position] = (rank, entry, term, match);
    }

    public IEnumerable<(int Rank, int Entry, int Term, SearchMatch Match)> Items => _items.Take(Count);

    private static bool Before(int rank, int entry, (int Rank, int Entry, int Term, SearchMatch Match) item) =>
        rank < item.Rank || (rank == item.Rank && entry < item.Entry);

    private void RemoveAt(int index)
    {
        for (var i = index; i < Count - 1; i++)
        {
            _items[i] = _items[i + 1];
        }

        Count--;
    }
}
