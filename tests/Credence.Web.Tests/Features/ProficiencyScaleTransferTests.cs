using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Credence.Domain.Authoring;
using Credence.Persistence.Identity;
using Credence.Persistence.Tests.Infrastructure;
using Credence.Web.Tests.Infrastructure;

namespace Credence.Web.Tests.Features;

public sealed class ProficiencyScaleTransferTests(WebApps apps)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static IEnumerable<TheoryDataRow<string>> Providers() => TestProviders.All();

    private static string ScaleYaml(string id) =>
        $"kind: proficiency-scale\nid: {id}\nname: Bench scale\nlevels:\n  - id: learning\n    name: Learning\n  - id: competent\n    name: Competent\n  - id: expert\n    name: Expert\n";

    private static async Task<string> NewInstitutionAsync(HttpClient admin, string prefix)
    {
        var slug = DesignBodies.NewId(prefix);
        using var created = await admin.PostAsJsonAsync("/api/institutions", new { slug, name = "College " + slug }, Token);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return slug;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_scale_imported_in_a_zip_is_stored_exported_and_imports_into_another_institution(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var admin = app.ClientFor(CredenceRoles.Admin);
        var source = await NewInstitutionAsync(admin, "scale-source");
        var target = await NewInstitutionAsync(admin, "scale-target");
        var mc = DesignBodies.NewId("scaled");
        var scale = DesignBodies.NewId("bench");
        var scaleYaml = ScaleYaml(scale);
        using var imported = await DesignTransferTests.ImportAsync(
            admin, source, DesignTransferTests.Zip(($"mc/{mc}.yaml", DesignTransferTests.MicrocredentialYaml(mc, scale: scale)), ($"s/{scale}.yaml", scaleYaml)), "in.zip", publish: true);
        var importBody = await DesignsApiTests.JsonBody(imported);
        // The scale is stored: a later single-file import names it without carrying the scale file.
        var later = DesignBodies.NewId("later");
        using var laterImport = await DesignTransferTests.ImportAsync(admin, source, Encoding.UTF8.GetBytes(DesignTransferTests.MicrocredentialYaml(later, scale: scale)), $"{later}.yaml", publish: true);

        using var export = await admin.GetAsync($"/api/institutions/{source}/designs/export", Token);
        var bytes = await export.Content.ReadAsByteArrayAsync(Token);
        using var archive = new ZipArchive(new MemoryStream(bytes));
        var documents = archive.Entries.Select(e => new SourceDocument(e.FullName, new StreamReader(e.Open()).ReadToEnd())).ToList();
        using var reimported = await DesignTransferTests.ImportAsync(admin, target, bytes, "export.zip", publish: true);
        var reimportBody = await DesignsApiTests.JsonBody(reimported);
        using var targetExport = await admin.GetAsync($"/api/institutions/{target}/designs/export", Token);
        using var targetArchive = new ZipArchive(new MemoryStream(await targetExport.Content.ReadAsByteArrayAsync(Token)));

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal(1, importBody.GetProperty("scales").GetInt32());
        Assert.Equal(HttpStatusCode.OK, laterImport.StatusCode);
        Assert.Equal(new[] { $"microcredentials/{later}.yaml", $"microcredentials/{mc}.yaml", $"scales/{scale}.yaml" }.Order(StringComparer.Ordinal), documents.Select(d => d.Path).Order(StringComparer.Ordinal));
        Assert.Equal(scaleYaml, documents.Single(d => d.Path == $"scales/{scale}.yaml").Text);
        Assert.Empty(AuthoringLoader.Load(documents).Errors); // what credence evaluate reads, without --include
        Assert.Equal(HttpStatusCode.OK, reimported.StatusCode);
        Assert.Equal((2, 1), (reimportBody.GetProperty("microcredentials").GetInt32(), reimportBody.GetProperty("scales").GetInt32()));
        Assert.Contains(targetArchive.Entries, e => e.FullName == $"scales/{scale}.yaml");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_scale_stays_with_its_institution(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var admin = app.ClientFor(CredenceRoles.Admin);
        var owner = await NewInstitutionAsync(admin, "scale-owner");
        var other = await NewInstitutionAsync(admin, "scale-other");
        var scale = DesignBodies.NewId("private");
        using var imported = await DesignTransferTests.ImportAsync(admin, owner, Encoding.UTF8.GetBytes(ScaleYaml(scale)), $"{scale}.yaml");
        var mc = DesignBodies.NewId("elsewhere");

        using var refused = await DesignTransferTests.ImportAsync(admin, other, Encoding.UTF8.GetBytes(DesignTransferTests.MicrocredentialYaml(mc, scale: scale)), $"{mc}.yaml");
        var body = await DesignsApiTests.JsonBody(refused);

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(AuthoringCodes.UnknownScale, Assert.Single(body.GetProperty("errors").EnumerateArray()).GetProperty("code").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_form_accepts_any_level_of_a_stored_scale_no_design_uses_yet(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        var scale = DesignBodies.NewId("stored-only");
        using var imported = await DesignTransferTests.ImportAsync(designer, "lakeshore", Encoding.UTF8.GetBytes(ScaleYaml(scale)), $"{scale}.yaml");
        var id = DesignBodies.NewId("form-scaled");
        var fields = DesignFormTests.Microcredential(id, validity: true);
        Set(fields, "Form.Competencies[0].Scale", scale);
        Set(fields, "Form.Competencies[0].ProficiencyLevel", "expert");

        using var saved = await FormPost.PostAsync(designer, "/design/lakeshore/microcredentials/edit", fields);
        var otherId = DesignBodies.NewId("form-scaled");
        var wrong = DesignFormTests.Microcredential(otherId, validity: true);
        Set(wrong, "Form.Competencies[0].Scale", scale);
        Set(wrong, "Form.Competencies[0].ProficiencyLevel", "wizard");
        using var refused = await FormPost.PostAsync(designer, "/design/lakeshore/microcredentials/edit", wrong);
        var html = await refused.Content.ReadAsStringAsync(Token);
        using var draft = await designer.GetAsync($"/api/microcredentials/lakeshore/{id}/draft", Token);

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(["authoring.unknown-level"], FormPost.CodesNextTo(html, "competencies[0].requiredProficiency.level"));
    }

    private static void Set(List<KeyValuePair<string, string>> fields, string name, string value)
    {
        var index = fields.FindIndex(f => f.Key == name);
        fields[index] = new(name, value);
    }
}
