using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Credence.Domain.Microcredentials;

namespace Credence.Web.Features.Designs;

/// <summary>Delivery modes by their kebab-case names (<c>online</c>, <c>hybrid</c>, <c>in-person</c>), as in the authoring format.</summary>
internal static class DeliveryModes
{
    public static IReadOnlyList<(string Name, DeliveryMode Mode)> All { get; } =
        Enum.GetValues<DeliveryMode>().Select(m => (JsonNamingPolicy.KebabCaseLower.ConvertName(m.ToString()), m)).ToList();

    public static bool TryParse(string? name, [NotNullWhen(true)] out DeliveryMode? mode)
    {
        foreach (var (candidate, value) in All)
        {
            if (string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase))
            {
                mode = value;
                return true;
            }
        }

        mode = null;
        return false;
    }
}
