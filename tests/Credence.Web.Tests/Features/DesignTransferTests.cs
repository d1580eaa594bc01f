using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Credence.Domain.Authoring;
using Credence.Persistence.Identity;
using Credence.Persistence.Tests.Infrastructure;
using Credence.Web.Tests.Infrastructure;

namespace Credence.Web.Tests.Features;

public sealed class DesignTransferTests(WebApps apps)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static IEnumerable<TheoryDataRow<string>> Providers() => TestProviders.All();

    internal static string MicrocredentialYaml(string id, string title = "Soldering Basics", string scale = "dreyfus") => $"""
        kind: microcredential
        id: {id}
        title: {title}
        description: Solder through-hole and surface-mount parts to standard.
        competencies:
          - id: solder
            statement: Solder through-hole parts to IPC-A-610 class 2.
            requiredProficiency:
              scale: {scale}
              level: competent
        assessments:
          - id: bench
            method: practicum
            performanceBased: true
            assesses: [solder]
        duration:
          hours: 20
          weeks: 2
        deliveryModes: [in-person]

        """;

    internal static string PathwayYaml(string id, string microcredential) => $"""
        kind: pathway
        id: {id}
        title: Electronics Assembly Pathway
        stages:
          - id: one
            microcredentials: [{microcredential}]

        """;

    internal static byte[] Zip(params (string Path, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, text) in entries)
            {
                using var stream = archive.CreateEntry(path).Open();
                stream.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return buffer.ToArray();
    }

    internal static async Task<HttpResponseMessage> ImportAsync(HttpClient client, string institution, byte[] file, string name, bool publish = false)
    {
        using var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(name.EndsWith(".zip", StringComparison.Ordinal) ? "application/zip" : "application/yaml");
        content.Add(part, "file", name);
        content.Add(new StringContent(publish ? "true" : "false"), "publish");
        return await client.PostAsync($"/api/institutions/{institution}/designs/import", content, TestContext.Current.CancellationToken);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Importing_one_yaml_file_creates_a_scored_draft(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        var id = DesignBodies.NewId("yaml");

        using var response = await ImportAsync(designer, "lakeshore", Encoding.UTF8.GetBytes(MicrocredentialYaml(id)), $"{id}.yaml");
        var body = await DesignsApiTests.JsonBody(response);
        using var draft = await designer.GetAsync($"/api/microcredentials/lakeshore/{id}/draft", Token);
        var scorecards = await DesignsApiTests.JsonBody(await designer.GetAsync($"/api/microcredentials/lakeshore/{id}/draft/scorecards", Token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, body.GetProperty("microcredentials").GetInt32());
        Assert.False(body.GetProperty("published").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        Assert.True(scorecards.GetArrayLength() > 0);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Importing_a_zip_of_a_folder_with_a_scale_publishes_every_design_in_it(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        using var visitor = app.ClientFor(WebApp.Anonymous);
        var mc = DesignBodies.NewId("zipped");
        var pathway = DesignBodies.NewId("zipped-path");
        var scale = DesignBodies.NewId("bench-scale");
        var zip = Zip(
            ($"designs/microcredentials/{mc}.yaml", MicrocredentialYaml(mc, scale: scale)),
            ($"designs/pathways/{pathway}.yml", PathwayYaml(pathway, mc)),
            ($"designs/scales/{scale}.yaml", $"kind: proficiency-scale\nid: {scale}\nname: Bench scale\nlevels:\n  - id: learning\n    name: Learning\n  - id: competent\n    name: Competent\n"),
            ("designs/README.md", "Not YAML: skipped."));

        using var response = await ImportAsync(designer, "lakeshore", zip, "designs.zip", publish: true);
        var body = await DesignsApiTests.JsonBody(response);
        using var mcPage = await visitor.GetAsync($"/catalog/lakeshore/microcredentials/{mc}", Token);
        using var pathwayPage = await visitor.GetAsync($"/catalog/lakeshore/pathways/{pathway}", Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, body.GetProperty("microcredentials").GetInt32());
        Assert.Equal(1, body.GetProperty("pathways").GetInt32());
        Assert.Equal(HttpStatusCode.OK, mcPage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, pathwayPage.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_zip_with_errors_imports_nothing_and_reports_every_error_with_file_line_column_field_and_code(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        var good = DesignBodies.NewId("good");
        var bad = DesignBodies.NewId("bad");
        var zip = Zip(
            ($"microcredentials/{good}.yaml", MicrocredentialYaml(good)),
            ($"microcredentials/{bad}.yaml", MicrocredentialYaml(bad).Replace("level: competent", "level: wizard", StringComparison.Ordinal).Replace("hours: 20", "hours: -3", StringComparison.Ordinal)),
            ("pathways/broken.yaml", PathwayYaml("broken-path", "no-such-microcredential")));

        using var response = await ImportAsync(designer, "lakeshore", zip, "designs.zip", publish: true);
        var problem = await DesignsApiTests.JsonBody(response);
        var errors = problem.GetProperty("errors").EnumerateArray().Select(e => (
            File: e.GetProperty("file").GetString(),
            Line: e.GetProperty("line").GetInt32(),
            Column: e.GetProperty("column").GetInt32(),
            Field: e.GetProperty("field").GetString(),
            Code: e.GetProperty("code").GetString())).ToList();
        using var goodDraft = await designer.GetAsync($"/api/microcredentials/lakeshore/{good}/draft", Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("import.authoring-errors", problem.GetProperty("code").GetString());
        Assert.Contains(($"microcredentials/{bad}.yaml", 10, 14, "competencies[0].requiredProficiency.level", "authoring.unknown-level"), errors);
        Assert.Contains(($"microcredentials/{bad}.yaml", 17, 10, "duration.hours", "authoring.value-out-of-range"), errors);
        Assert.Contains(errors, e => e.File == "pathways/broken.yaml" && e.Field == "stages[0].microcredentials[0]" && e.Code == "authoring.unknown-microcredential");
        Assert.Equal(3, errors.Count);
        Assert.Equal(HttpStatusCode.NotFound, goodDraft.StatusCode);   // all or nothing: the good file was not imported either
    }

    public static IEnumerable<TheoryDataRow<string, string, string>> HostileZips() =>
        from provider in TestProviders.All()
        from row in new[]
        {
            ("../escape.yaml", ImportCodesUnsafePath),        // climbs out of the folder
            ("/etc/credence.yaml", ImportCodesUnsafePath),    // absolute
            ("designs\\windows.yaml", ImportCodesUnsafePath), // backslash separator
            ("c:/drive.yaml", ImportCodesUnsafePath),         // drive letter
        }
        select new TheoryDataRow<string, string, string>(provider.Data, row.Item1, row.Item2) { Skip = provider.Skip };

    private const string ImportCodesUnsafePath = "import.unsafe-path";

    [Theory]
    [MemberData(nameof(HostileZips))]
    public async Task A_zip_entry_with_an_unsafe_path_is_refused_and_nothing_is_imported(string provider, string path, string code)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        var id = DesignBodies.NewId("beside-unsafe");
        var zip = Zip(($"ok/{id}.yaml", MicrocredentialYaml(id)), (path, MicrocredentialYaml(DesignBodies.NewId("unsafe"))));

        using var response = await ImportAsync(designer, "lakeshore", zip, "designs.zip");
        var problem = await DesignsApiTests.JsonBody(response);
        using var draft = await designer.GetAsync($"/api/microcredentials/lakeshore/{id}/draft", Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Equal(path, problem.GetProperty("errors")[0].GetProperty("file").GetString());
        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_zip_with_too_many_entries_is_refused(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        var zip = Zip(Enumerable.Range(0, 2001).Select(i => ($"many/{i}.txt", "x")).ToArray());

        using var response = await ImportAsync(designer, "lakeshore", zip, "many.zip");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("import.too-many-entries", (await DesignsApiTests.JsonBody(response)).GetProperty("code").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_zip_that_unpacks_to_more_than_the_limit_is_refused_while_unpacking(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            // 40 MiB of one repeated byte compresses to a few dozen KiB: a small zip bomb.
            using var stream = archive.CreateEntry("bomb.yaml", CompressionLevel.SmallestSize).Open();
            var block = new byte[1024 * 1024];
            Array.Fill(block, (byte)'#');
            for (var i = 0; i < 40; i++)
            {
                stream.Write(block);
            }
        }

        using var response = await ImportAsync(designer, "lakeshore", buffer.ToArray(), "bomb.zip");

        Assert.True(buffer.Length < 1024 * 1024, $"the zip is {buffer.Length} bytes");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("import.too-large", (await DesignsApiTests.JsonBody(response)).GetProperty("code").GetString());
    }

    public static IEnumerable<TheoryDataRow<string, string, string>> BadUploads() =>
        from provider in TestProviders.All()
        from row in new[]
        {
            ("broken.zip", "import.invalid-zip"),          // named .zip, holds text
            ("notes.txt", "import.unsupported-file"),      // neither YAML nor zip
        }
        select new TheoryDataRow<string, string, string>(provider.Data, row.Item1, row.Item2) { Skip = provider.Skip };

    [Theory]
    [MemberData(nameof(BadUploads))]
    public async Task An_upload_that_is_not_yaml_or_a_readable_zip_is_refused_with_its_code(string provider, string name, string code)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);

        using var response = await ImportAsync(designer, "lakeshore", Encoding.UTF8.GetBytes("this is not a zip"), name);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (await DesignsApiTests.JsonBody(response)).GetProperty("code").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_export_zip_loads_cleanly_as_authoring_files_and_imports_into_another_institution(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var admin = app.ClientFor(CredenceRoles.Admin);
        // Institutions of its own: other tests publish into lakeshore at the same time.
        var source = DesignBodies.NewId("source");
        var target = DesignBodies.NewId("target");
        using var createdSource = await admin.PostAsJsonAsync("/api/institutions", new { slug = source, name = "Export source college" }, Token);
        using var createdTarget = await admin.PostAsJsonAsync("/api/institutions", new { slug = target, name = "Export target college" }, Token);
        var mc = DesignBodies.NewId("exported");
        var pathway = DesignBodies.NewId("exported-path");
        using var imported = await ImportAsync(admin, source, Zip(($"m/{mc}.yaml", MicrocredentialYaml(mc)), ($"p/{pathway}.yaml", PathwayYaml(pathway, mc))), "in.zip", publish: true);
        var formMade = DesignBodies.NewId("form-made");
        using var saved = await FormPost.PostAsync(admin, $"/design/{source}/microcredentials/edit", DesignFormTests.Microcredential(formMade, validity: true, command: "publish"));

        using var export = await admin.GetAsync($"/api/institutions/{source}/designs/export", Token);
        var bytes = await export.Content.ReadAsByteArrayAsync(Token);
        using var archive = new ZipArchive(new MemoryStream(bytes));
        var documents = archive.Entries.Select(e => new SourceDocument(e.FullName, new StreamReader(e.Open()).ReadToEnd())).ToList();
        var loaded = AuthoringLoader.Load(documents);
        using var reimported = await ImportAsync(admin, target, bytes, "export.zip", publish: true);
        using var copy = await admin.GetAsync($"/api/microcredentials/{target}/{formMade}", Token);

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/zip", export.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new[] { $"microcredentials/{formMade}.yaml", $"microcredentials/{mc}.yaml", $"pathways/{pathway}.yaml" }.Order(StringComparer.Ordinal), documents.Select(d => d.Path).Order(StringComparer.Ordinal));
        Assert.Empty(loaded.Errors);
        Assert.Equal(HttpStatusCode.OK, reimported.StatusCode);
        Assert.Equal("Drone Survey Mapping", (await DesignsApiTests.JsonBody(copy)).GetProperty("design").GetProperty("title").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Exporting_one_design_gives_its_yaml_and_drafts_only_with_drafts_true(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        var id = DesignBodies.NewId("one-export");
        await DesignBodies.CreateAsync(app, "microcredentials", id, publish: false);

        using var published = await designer.GetAsync($"/api/institutions/lakeshore/designs/export?kind=microcredentials&id={id}", Token);
        using var draft = await designer.GetAsync($"/api/institutions/lakeshore/designs/export?kind=microcredentials&id={id}&drafts=true", Token);
        var yaml = await draft.Content.ReadAsStringAsync(Token);
        var loaded = AuthoringLoader.Load([new SourceDocument("one.yaml", yaml)]);

        Assert.Equal(HttpStatusCode.NotFound, published.StatusCode);   // never published
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        Assert.Empty(loaded.Errors);
        Assert.Equal(id, Assert.Single(loaded.Microcredentials).Id);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_import_page_lists_every_problem_and_imports_nothing(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        var id = DesignBodies.NewId("page-import");
        using var content = new MultipartFormDataContent();
        content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(MicrocredentialYaml(id).Replace("method: practicum", "method: essay", StringComparison.Ordinal))), "file", "one.yaml");

        using var response = await FormPost.PostMultipartAsync(designer, "/design/lakeshore/import", content);
        var html = await response.Content.ReadAsStringAsync(Token);
        using var draft = await designer.GetAsync($"/api/microcredentials/lakeshore/{id}/draft", Token);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Nothing was imported: 1 problem", html, StringComparison.Ordinal);
        Assert.Contains("<td>one.yaml</td><td>13</td><td>13</td><td>assessments[0].method</td><td><code>authoring.invalid-enum</code></td>", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_import_page_imports_a_yaml_file_and_says_what_it_saved(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        var id = DesignBodies.NewId("page-ok");
        using var content = new MultipartFormDataContent();
        content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(MicrocredentialYaml(id))), "file", "one.yaml");

        using var response = await FormPost.PostMultipartAsync(designer, "/design/lakeshore/import", content);
        var html = await response.Content.ReadAsStringAsync(Token);
        using var draft = await designer.GetAsync($"/api/microcredentials/lakeshore/{id}/draft", Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Imported 1 microcredentials and 0 pathways as drafts", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
    }
}
