using Credence.Domain.Microcredentials;
using Credence.LaborMarket.Model;

namespace Credence.LaborMarket.Search;

/// <summary>Type-ahead search over skills and occupations: exact, then prefix, then word-prefix, then fuzzy matches of names and alternative labels.</summary>
/// <remarks>Terms (names and labels) are kept sorted so a prefix is a binary search; words are kept sorted for word prefixes and bucketed by first letter and length for typo tolerance. A lower tier is searched only when the better tiers have not filled the requested number of hits.</remarks>
internal sealed class SkillSearchIndex
{
    private const int TierSpan = 100_000;

    private readonly List<SearchEntry> _entries = [];
    private readonly List<string> _termText = [];
    private readonly List<string> _termLabel = [];
    private readonly List<int> _termEntry = [];
    private readonly List<int> _termScore = [];
    private readonly List<bool> _termPreferred = [];
    private readonly int[] _sortedTerms;
    private readonly string[] _words;
    private readonly int[] _postingStarts;
    private readonly int[] _postings;
    private readonly Dictionary<(char, int), string[]> _vocabulary;

    public SkillSearchIndex(LaborMarketData data)
    {
        AddOnet(data);
        AddEsco(data);
        // Array.Sort with a key array is much faster than LINQ ordering here; it is not stable, so ties are
        // broken by the entry index in TopHits rather than by scan order.
        var termKeys = _termText.ToArray();
        _sortedTerms = [.. Enumerable.Range(0, termKeys.Length)];
        Array.Sort(termKeys, _sortedTerms, StringComparer.Ordinal);

        // Each distinct word with the labels containing it (postings), words sorted so a prefix is a range.
        var postingsByWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var t = 0; t < _termText.Count; t++)
        {
            foreach (var word in _termText[t].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!postingsByWord.TryGetValue(word, out var list))
                {
                    list = [];
                    postingsByWord[word] = list;
                }

                if (list.Count == 0 || list[^1] != t)
                {
                    list.Add(t);
                }
            }
        }

        _words = [.. postingsByWord.Keys];
        Array.Sort(_words, StringComparer.Ordinal);
        _postingStarts = new int[_words.Length + 1];
        var postings = new List<int>(postingsByWord.Values.Sum(l => l.Count));
        for (var w = 0; w < _words.Length; w++)
        {
            _postingStarts[w] = postings.Count;
            postings.AddRange(postingsByWord[_words[w]]);
        }

        _postingStarts[_words.Length] = postings.Count;
        _postings = [.. postings];
        _vocabulary = _words
            .Where(w => w.Length >= 3)
            .GroupBy(w => (w[0], w.Length))
            .ToDictionary(g => g.Key, g => g.ToArray());
    }

    public int EntryCount => _entries.Count;

    public int TermCount => _termText.Count;

    private void AddOnet(LaborMarketData data)
    {
        foreach (var element in data.Elements)
        {
            var category = element.Kind switch
            {
                ElementKind.Skill => "skill",
                ElementKind.Knowledge => "knowledge",
                _ => "work style",
            };
            Add(new SearchEntry(SkillFramework.OnetElement, element.Id, null, element.Name, category, 900), [element.Name]);
        }

        foreach (var occupation in data.Occupations)
        {
            Add(new SearchEntry(SkillFramework.OnetSoc, occupation.OnetSocCode, null, occupation.Title, "occupation", 800), [occupation.Title, .. occupation.AlternateTitles]);
        }

        foreach (var group in data.TechnologySkills.GroupBy(t => t.Example, StringComparer.Ordinal))
        {
            var first = group.First();
            var hot = group.Any(t => t.Hot);
            var weight = 500 + (hot ? 100 : 0) + Math.Min(group.Count(), 99);
            Add(new SearchEntry(SkillFramework.OnetTechnology, first.CommodityCode, null, first.Example, "technology", weight), [first.Example]);
        }

        foreach (var group in data.TechnologySkills.GroupBy(t => t.CommodityCode, StringComparer.Ordinal))
        {
            var first = group.First();
            Add(new SearchEntry(SkillFramework.OnetTechnology, first.CommodityCode, null, first.CommodityTitle, "technology", 550), [first.CommodityTitle]);
        }
    }

    private void AddEsco(LaborMarketData data)
    {
        foreach (var skill in data.EscoSkills)
        {
            var uses = skill.OccupationsEssential + skill.OccupationsOptional;
            var weight = (skill.Uri is null ? 400 : 600) + Math.Min(uses / 10, 99);
            Add(new SearchEntry(SkillFramework.EscoSkill, null, skill.Uri, skill.Label, "ESCO skill", weight), [skill.Label, .. skill.AltLabels]);
        }

        foreach (var occupation in data.EscoOccupations)
        {
            Add(new SearchEntry(SkillFramework.EscoOccupation, occupation.IscoCode, occupation.Uri, occupation.Label, "ESCO occupation", 550), [occupation.Label, .. occupation.AltLabels]);
        }
    }

    private void Add(SearchEntry entry, IEnumerable<string> labels)
    {
        var index = _entries.Count;
        _entries.Add(entry);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var preferred = true;
        foreach (var label in labels)
        {
            var text = TextNormalizer.Normalize(label);
            if (text.Length > 0 && seen.Add(text))
            {
                _termText.Add(text);
                _termLabel.Add(label);
                _termEntry.Add(index);
                _termPreferred.Add(preferred);
                _termScore.Add(entry.Weight + (preferred ? 1000 : 0) - Math.Min(text.Length, 100) * 3);
            }

            preferred = false;
        }
    }

    public IReadOnlyList<SkillSearchHit> Search(string query, int limit, SkillFramework? framework)
    {
        var text = TextNormalizer.Normalize(query);
        if (text.Length == 0 || limit <= 0)
        {
            return [];
        }

        var best = new TopHits(limit);
        CollectPrefix(text, best, framework);
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!best.IsFull)
        {
            CollectWordPrefix(tokens, best, framework);
        }

        if (!best.IsFull)
        {
            CollectFuzzy(tokens, best, framework);
        }

        return [.. best.Items.Select(b => ToHit(b.Entry, b.Term, b.Match))];
    }

    private SkillSearchHit ToHit(int entryIndex, int term, SearchMatch match)
    {
        var entry = _entries[entryIndex];
        return new SkillSearchHit(entry.Framework, entry.Code, entry.Uri, entry.Name, entry.Category, _termPreferred[term] ? null : _termLabel[term], match);
    }

    private void Offer(TopHits best, int term, SearchMatch match, SkillFramework? framework)
    {
        var entry = _termEntry[term];
        if (framework is not null && _entries[entry].Framework != framework)
        {
            return;
        }

        // Ties on rank keep the entry added first (O*NET before ESCO, then file order), which is deterministic.
        best.Offer(((int)match * TierSpan) - _termScore[term], entry, term, match);
    }

    private void CollectPrefix(string text, TopHits best, SkillFramework? framework)
    {
        var start = LowerBound(_sortedTerms.Length, i => _termText[_sortedTerms[i]], text);
        for (var i = start; i < _sortedTerms.Length; i++)
        {
            var term = _sortedTerms[i];
            var candidate = _termText[term];
            if (!candidate.StartsWith(text, StringComparison.Ordinal))
            {
                break;
            }

            Offer(best, term, candidate.Length == text.Length ? SearchMatch.Exact : SearchMatch.Prefix, framework);
        }
    }

    private void CollectWordPrefix(string[] tokens, TopHits best, SkillFramework? framework)
    {
        if (tokens.Max(t => t.Length) < 2)
        {
            // Every word of a one-letter query matches tens of thousands of labels; the prefix tier answers it.
            return;
        }

        // Walk the postings of the rarest token and check the others against each label.
        var (anchor, start, end) = tokens
            .Where(t => t.Length >= 2)
            .Select(t => (Token: t, Start: LowerBound(_words.Length, i => _words[i], t), End: LowerBound(_words.Length, i => _words[i], t + char.MaxValue)))
            .MinBy(r => _postingStarts[r.End] - _postingStarts[r.Start]);
        var others = tokens.Where(t => !ReferenceEquals(t, anchor)).ToArray();
        for (var p = _postingStarts[start]; p < _postingStarts[end]; p++)
        {
            var term = _postings[p];
            if (others.Length == 0 || AllTokensStartWords(_termText[term], others))
            {
                Offer(best, term, SearchMatch.WordPrefix, framework);
            }
        }
    }

    private void CollectFuzzy(string[] tokens, TopHits best, SkillFramework? framework)
    {
        // Correct the longest token that starts no word at all; when every token starts some word, there is no typo to correct.
        var anchor = tokens
            .Where(t => t.Length >= 4)
            .Where(t => LowerBound(_words.Length, i => _words[i], t) is var at && (at == _words.Length || !_words[at].StartsWith(t, StringComparison.Ordinal)))
            .OrderByDescending(t => t.Length)
            .FirstOrDefault();
        if (anchor is null)
        {
            return;
        }

        var others = tokens.Where(t => !ReferenceEquals(t, anchor)).ToArray();
        var maxDistance = anchor.Length >= 7 ? 2 : 1;
        for (var length = anchor.Length - maxDistance; length <= anchor.Length + maxDistance; length++)
        {
            if (!_vocabulary.TryGetValue((anchor[0], length), out var candidates))
            {
                continue;
            }

            foreach (var word in candidates)
            {
                if (!EditDistance.Within(anchor, word, maxDistance))
                {
                    continue;
                }

                var at = LowerBound(_words.Length, i => _words[i], word);
                for (var p = _postingStarts[at]; p < _postingStarts[at + 1]; p++)
                {
                    var term = _postings[p];
                    if (others.Length == 0 || AllTokensStartWords(_termText[term], others))
                    {
                        Offer(best, term, SearchMatch.Fuzzy, framework);
                    }
                }
            }
        }
    }

    private static bool AllTokensStartWords(string term, string[] tokens)
    {
        foreach (var token in tokens)
        {
            var found = false;
            var position = 0;
            while (position < term.Length)
            {
                if (string.CompareOrdinal(term, position, token, 0, token.Length) == 0)
                {
                    found = true;
                    break;
                }

                var next = term.IndexOf(' ', position);
                if (next < 0)
                {
                    break;
                }

                position = next + 1;
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    private static int LowerBound(int count, Func<int, string> at, string value)
    {
        int low = 0, high = count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (string.CompareOrdinal(at(mid), value) < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
