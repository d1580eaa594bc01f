using Credence.Domain.Authoring;
using Credence.Persistence.Designs;
using Credence.Web.Features.DesignForms;
using Credence.Web.Shared;

namespace Credence.Web.Tests.Features.DesignForms;

/// <summary>Opening a design in the form and saving it unchanged keeps every field: the form drops nothing.</summary>
public sealed class FormRoundTripTests
{
    private static readonly Lazy<AuthoringResult> Samples = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "Credence.slnx")))
        {
            directory = directory.Parent;
        }

        var folder = Path.Combine(directory.FullName, "samples");
        return AuthoringLoader.Load(Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => new SourceDocument(Path.GetRelativePath(folder, f), File.ReadAllText(f))));
    });

    public static TheoryData<string> SampleMicrocredentials() => new(Samples.Value.Microcredentials.Select(m => m.Id));

    public static TheoryData<string> SamplePathways() => new(Samples.Value.Pathways.Select(p => p.Id));

    [Theory]
    [MemberData(nameof(SampleMicrocredentials))]
    public void A_sample_microcredential_survives_the_form_unchanged(string id)
    {
        var original = Samples.Value.Microcredentials.Single(m => m.Id == id);
        var reader = new FormReader(new FieldErrors());

        var saved = MicrocredentialForm.From(original).ToRecord(reader, original.Attestations);

        Assert.True(reader.Errors.IsEmpty);
        Assert.Equal(DesignJson.Serialize(original), DesignJson.Serialize(saved));
    }

    [Theory]
    [MemberData(nameof(SamplePathways))]
    public void A_sample_pathway_survives_the_form_unchanged(string id)
    {
        var original = Samples.Value.Pathways.Single(p => p.Id == id);
        var reader = new FormReader(new FieldErrors());

        var saved = PathwayForm.From(original).ToRecord(reader, original.Attestations);

        Assert.True(reader.Errors.IsEmpty);
        Assert.Equal(DesignJson.Serialize(original), DesignJson.Serialize(saved));
    }
}
