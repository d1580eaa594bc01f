namespace Credence.LaborMarket.Search;

/// <summary>The best <c>capacity</c> distinct entries seen so far, by rank (lower is better); most candidates are rejected by one comparison with the worst kept.</summary>
internal sealed class TopHits(int capacity)
{
    private readonly (int Rank, int Entry, int Term, SearchMatch Match)[] _items = new (int, int, int, SearchMatch)[capacity];

    public int Count { get; private set; }

    public bool IsFull => Count == _items.Length;

    public void Offer(int rank, int entry, int term, SearchMatch match)
    {
        if (IsFull && rank >= _items[Count - 1].Rank)
        {
            return;
        }

        for (var i = 0; i < Count; i++)
        {
            if (_items[i].Entry == entry)
            {
                if (rank >= _items[i].Rank)
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

        while (position > 0 && _items[position - 1].Rank > rank)
        {
            _items[position] = _items[position - 1];
            position--;
        }

        _items[position] = (rank, entry, term, match);
    }

    public IEnumerable<(int Rank, int Entry, int Term, SearchMatch Match)> Items => _items.Take(Count);

    private void RemoveAt(int index)
    {
        for (var i = index; i < Count - 1; i++)
        {
            _items[i] = _items[i + 1];
        }

        Count--;
    }
}
