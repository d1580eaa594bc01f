using System.Text;

namespace Credence.Domain.Authoring;

/// <summary>Names in the authoring format: camelCase keys and kebab-case enum values, derived from the model's member names.</summary>
internal static class KebabCase
{
    /// <summary><c>WorkBasedLearning</c> → <c>work-based-learning</c>, <c>NOf</c> → <c>n-of</c>.</summary>
    public static string FromPascal(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    /// <summary><c>RequiredProficiency</c> → <c>requiredProficiency</c>.</summary>
    public static string CamelFromPascal(string name) => string.Concat(char.ToLowerInvariant(name[0]).ToString(), name.AsSpan(1));
}
