using Credence.Domain.Pathways;

namespace Credence.Domain.Authoring;

/// <summary>Finds cycles in the "after" graph of a pathway's stages (depth-first, without recursion), reporting each once.</summary>
internal static class StageCycles
{
    private enum Mark
    {
        Unvisited,
        OnPath,
        Done,
    }

    public static void Report(IReadOnlyList<PathwayStage> stages, LoadedDocument document)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < stages.Count; i++)
        {
            if (stages[i].Id is { } id)
            {
                index.TryAdd(id, i);
            }
        }

        var marks = new Mark[stages.Count];
        var path = new List<int>();
        for (var start = 0; start < stages.Count; start++)
        {
            if (marks[start] != Mark.Unvisited)
            {
                continue;
            }

            // Each frame is (stage, next 'after' entry to follow).
            var stack = new Stack<(int Stage, int Next)>();
            stack.Push((start, 0));
            marks[start] = Mark.OnPath;
            path.Add(start);
            while (stack.Count > 0)
            {
                var (stage, next) = stack.Pop();
                var after = stages[stage].After;
                if (next >= after.Count)
                {
                    marks[stage] = Mark.Done;
                    path.RemoveAt(path.Count - 1);
                    continue;
                }

                stack.Push((stage, next + 1));
                if (!index.TryGetValue(after[next], out var target))
                {
                    continue;
                }

                if (marks[target] == Mark.OnPath)
                {
                    var cycle = path.Skip(path.IndexOf(target)).Select(s => stages[s].Id).Append(stages[target].Id);
                    document.Report(AuthoringCodes.StageCycle, $"Stages come after each other in a cycle: {string.Join(" → ", cycle.Reverse())}.", $"stages[{stage}].after[{next}]");
                }
                else if (marks[target] == Mark.Unvisited)
                {
                    marks[target] = Mark.OnPath;
                    path.Add(target);
                    stack.Push((target, 0));
                }
            }
        }
    }
}
