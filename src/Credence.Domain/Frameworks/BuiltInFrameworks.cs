using System.Reflection;

namespace Credence.Domain.Frameworks;

/// <summary>The four built-in frameworks, read from the YAML embedded in this assembly.</summary>
/// <remarks>Their criteria are written out in <c>docs/frameworks.md</c>.</remarks>
public static class BuiltInFrameworks
{
    /// <summary>The ids of the built-in frameworks, in order.</summary>
    private static readonly string[] Ids = ["mvf", "pathway-design", "eu-microcredential", "stakeholder-views"];

    private static readonly Lazy<IReadOnlyList<ValueFramework>> Loaded = new(() => Load().AsReadOnly());

    /// <summary>The Microcredential Value Framework (<c>mvf</c>), the pathway design criteria (<c>pathway-design</c>), the EU standard elements (<c>eu-microcredential</c>) and the stakeholder views (<c>stakeholder-views</c>).</summary>
    public static IReadOnlyList<ValueFramework> All => Loaded.Value;

    /// <summary>Gets a built-in framework by id.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException">No built-in framework has the id.</exception>
    public static ValueFramework Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return All.FirstOrDefault(f => f.Id == id)
            ?? throw new ArgumentException($"There is no built-in framework '{id}'; the built-in ones are {string.Join(", ", Ids)}.", nameof(id));
    }

    private static List<ValueFramework> Load()
    {
        var assembly = typeof(BuiltInFrameworks).Assembly;
        return Ids.Select(id => Load(assembly, id)).ToList();
    }

    private static ValueFramework Load(Assembly assembly, string id)
    {
        var name = $"Credence.Domain.Frameworks.BuiltIn.{id}.yaml";
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded framework '{name}' is missing from the build.");
        using var reader = new StreamReader(stream);
        var result = FrameworkLoader.LoadFramework(name, reader.ReadToEnd());
        return result.Framework
            ?? throw new InvalidOperationException($"The embedded framework '{name}' is broken: {string.Join("; ", result.Errors.Select(e => $"{e.Code} at {e.Line}:{e.Column} {e.Field}: {e.Message}"))}");
    }
}
