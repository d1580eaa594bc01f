using System.Collections;
using System.Reflection;

namespace Credence.Domain.Tests.Authoring;

/// <summary>Structural equality of model records (records compare lists by reference, so this walks them).</summary>
internal static class DeepEquality
{
    public static void AssertEqual(object? expected, object? actual, string path = "$")
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{path}: expected {expected ?? "null"}, got {actual ?? "null"}");
            return;
        }

        Assert.True(expected.GetType() == actual.GetType() || (expected is IEnumerable && actual is IEnumerable), $"{path}: type {expected.GetType()} vs {actual.GetType()}");
        switch (expected)
        {
            case string or bool or int or decimal or DateOnly or Enum:
                Assert.True(expected.Equals(actual), $"{path}: expected '{expected}', got '{actual}'");
                break;
            case IEnumerable items:
                var left = items.Cast<object?>().ToList();
                var right = ((IEnumerable)actual).Cast<object?>().ToList();
                Assert.True(left.Count == right.Count, $"{path}: expected {left.Count} items, got {right.Count}");
                for (var i = 0; i < left.Count; i++)
                {
                    AssertEqual(left[i], right[i], $"{path}[{i}]");
                }

                break;
            default:
                foreach (var property in expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is not null))
                {
                    AssertEqual(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}");
                }

                break;
        }
    }
}
