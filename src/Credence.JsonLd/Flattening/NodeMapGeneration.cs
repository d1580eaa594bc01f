using System.Runtime.CompilerServices;
using Credence.JsonLd.Expansion;
using Credence.JsonLd.Iri;
using Credence.JsonLd.Json;

namespace Credence.JsonLd.Flattening;

/// <summary>JSON-LD 1.1 API §7.2.2 Node Map Generation: collects the nodes of expanded JSON-LD by graph and subject.</summary>
/// <remarks>The expanded input is read, never changed; node maps are new objects.</remarks>
/// <seealso href="https://www.w3.org/TR/json-ld11-api/#node-map-generation"/>
internal sealed class NodeMapGeneration
{
    private readonly BlankNodeIdentifierGenerator _generator;
    private const int IndexThreshold = 16;

    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<List<object?>, HashSet<string>> _valueIndex = new(ReferenceEqualityComparer.Instance);

    public NodeMapGeneration(BlankNodeIdentifierGenerator generator, CancellationToken cancellationToken)
    {
        _generator = generator;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Graph name → subject → node. The default graph is <c>@default</c>.</summary>
    public Dictionary<string, Dictionary<string, Dictionary<string, object?>>> NodeMap { get; } = new(StringComparer.Ordinal)
    {
        [Keywords.Default] = new(StringComparer.Ordinal),
    };

    public void Generate(object? element, string activeGraph = Keywords.Default, object? activeSubject = null, string? activeProperty = null, Dictionary<string, object?>? list = null)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        RuntimeHelpers.EnsureSufficientExecutionStack();

        // 1. An array: each item.
        if (element is List<object?> array)
        {
            foreach (var item in array)
            {
                Generate(item, activeGraph, activeSubject, activeProperty, list);
            }

            return;
        }

        if (element is not Dictionary<string, object?> map)
        {
            return;
        }

        // 2. The graph and the subject node.
        if (!NodeMap.TryGetValue(activeGraph, out var graph))
        {
            graph = new Dictionary<string, Dictionary<string, object?>>(StringComparer.Ordinal);
            NodeMap[activeGraph] = graph;
        }

        Dictionary<string, object?>? subjectNode = activeSubject is string subject ? graph[subject] : null;

        if (map.TryGetValue(Keywords.Value, out _))
        {
            // 3. (@type of a value object is a datatype, never relabelled.)
            // 4. A value object.
            if (list is null)
            {
                AddUnique(subjectNode!, activeProperty!, map); // A value object always has an active subject and property here.
            }
            else
            {
                ((List<object?>)list[Keywords.List]!).Add(map);
            }

            return;
        }

        if (map.TryGetValue(Keywords.List, out var listValue))
        {
            // 5. A list object.
            var result = JsonTree.NewObject(1);
            result[Keywords.List] = new List<object?>();
            Generate(listValue, activeGraph, activeSubject, activeProperty, result);
            if (list is null)
            {
                AddAlways(subjectNode!, activeProperty!, result); // A list object always has an active subject and property here.
            }
            else
            {
                ((List<object?>)list[Keywords.List]!).Add(result);
            }

            return;
        }

        // 6. A node object.
        GenerateNode(map, graph, activeGraph, activeSubject, activeProperty, list, subjectNode);
    }

    private void GenerateNode(
        Dictionary<string, object?> element,
        Dictionary<string, Dictionary<string, object?>> graph,
        string activeGraph,
        object? activeSubject,
        string? activeProperty,
        Dictionary<string, object?>? list,
        Dictionary<string, object?>? subjectNode)
    {
        // 6.1–6.2 The node's identifier; blank nodes are relabelled.
        string id;
        var hasId = element.TryGetValue(Keywords.Id, out var idValue);
        if (hasId && idValue is string given)
        {
            id = IriSyntax.IsBlankNodeIdentifier(given) ? _generator.Generate(given) : given;
        }
        else if (hasId)
        {
            // Note: an @id that expanded to null: the empty key is never a well-formed subject, so its triples are dropped.
            id = string.Empty;
        }
        else
        {
            id = _generator.Generate();
        }

        // 6.3–6.4
        if (!graph.TryGetValue(id, out var node))
        {
            node = JsonTree.NewObject();
            node[Keywords.Id] = id;
            graph[id] = node;
        }

        if (activeSubject is Dictionary<string, object?> reverseSubject)
        {
            // 6.5 A reverse property: the active subject is a value of the node.
            AddUnique(node, activeProperty!, reverseSubject); // A reverse value always has an active property.
        }
        else if (activeProperty is not null)
        {
            // 6.6 A reference to the node from the active subject.
            var reference = JsonTree.NewObject(1);
            reference[Keywords.Id] = id;
            if (list is null)
            {
                AddUnique(subjectNode!, activeProperty, reference); // A property value always has a subject node.
            }
            else
            {
                ((List<object?>)list[Keywords.List]!).Add(reference);
            }
        }

        // 6.7 Types, with blank node types relabelled.
        if (element.TryGetValue(Keywords.Type, out var types))
        {
            foreach (var type in ExpansionAlgorithm.AsArray(types))
            {
                var value = type is string t && IriSyntax.IsBlankNodeIdentifier(t) ? _generator.Generate(t) : type;
                AddUnique(node, Keywords.Type, value);
            }
        }

        // 6.8 An index must agree with an earlier one.
        if (element.TryGetValue(Keywords.Index, out var index))
        {
            if (node.TryGetValue(Keywords.Index, out var existingIndex) && !JsonTree.DeepEquals(existingIndex, index))
            {
                throw new JsonLdException(JsonLdErrorCodes.ConflictingIndexes, $"The node <{id}> has two different @index values.");
            }

            node[Keywords.Index] = index;
        }

        // 6.9 Reverse properties: this node is the value of each referenced node.
        if (element.TryGetValue(Keywords.Reverse, out var reverse) && reverse is Dictionary<string, object?> reverseMap)
        {
            var referencedNode = JsonTree.NewObject(1);
            referencedNode[Keywords.Id] = id;
            foreach (var (property, values) in reverseMap)
            {
                foreach (var value in ExpansionAlgorithm.AsArray(values))
                {
                    Generate(value, activeGraph, referencedNode, property);
                }
            }
        }

        // 6.10 A named graph.
        if (element.TryGetValue(Keywords.Graph, out var namedGraph))
        {
            if (!NodeMap.ContainsKey(id))
            {
                NodeMap[id] = new Dictionary<string, Dictionary<string, object?>>(StringComparer.Ordinal);
            }

            Generate(namedGraph, id);
        }

        // 6.11 Included nodes.
        if (element.TryGetValue(Keywords.Included, out var included))
        {
            Generate(included, activeGraph);
        }

        // 6.12 The remaining properties.
        foreach (var (property, value) in element)
        {
            if (property is Keywords.Id or Keywords.Type or Keywords.Index or Keywords.Reverse or Keywords.Graph or Keywords.Included)
            {
                continue;
            }

            // 6.12.1 Blank node properties are relabelled (generalized RDF).
            var name = IriSyntax.IsBlankNodeIdentifier(property) ? _generator.Generate(property) : property;

            // 6.12.2
            if (!node.ContainsKey(name))
            {
                node[name] = new List<object?>();
            }

            // 6.12.3
            Generate(value, activeGraph, id, name);
        }
    }

    // Adds a value unless an equal one is there. Long value lists get a set of their members' canonical text,
    // so adding stays linear however many values a property has.
    private void AddUnique(Dictionary<string, object?> node, string property, object? value)
    {
        if (!node.TryGetValue(property, out var existing) || existing is not List<object?> values)
        {
            node[property] = new List<object?> { value };
            return;
        }

        if (values.Count < IndexThreshold)
        {
            foreach (var item in values)
            {
                if (JsonTree.DeepEquals(item, value))
                {
                    return;
                }
            }

            values.Add(value);
            return;
        }

        if (!_valueIndex.TryGetValue(values, out var index))
        {
            index = new HashSet<string>(values.Count * 2, StringComparer.Ordinal);
            foreach (var item in values)
            {
                index.Add(JsonCanonicalization.Serialize(item));
            }

            _valueIndex[values] = index;
        }

        if (index.Add(JsonCanonicalization.Serialize(value)))
        {
            values.Add(value);
        }
    }

    private static void AddAlways(Dictionary<string, object?> node, string property, object? value)
    {
        if (!node.TryGetValue(property, out var existing) || existing is not List<object?> values)
        {
            node[property] = new List<object?> { value };
            return;
        }

        values.Add(value);
    }
}
