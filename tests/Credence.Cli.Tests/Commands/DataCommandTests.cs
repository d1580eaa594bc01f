using System.Text.Json;

namespace Credence.Cli.Tests.Commands;

public sealed class DataCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "credence-cli-data-" + Path.GetRandomFileName());

    public DataCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task<(int ExitCode, string Out, string Error)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exitCode = await CliApp.RunAsync(args, stdout, stderr, TestContext.Current.CancellationToken);

        return (exitCode, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Search_lists_hits_with_framework_code_and_name()
    {
        var (exitCode, output, _) = await Run("data", "search", "registered nurses", "--data", _folder);

        Assert.Equal(0, exitCode);
        Assert.Contains("29-1141.00", output, StringComparison.Ordinal);
        Assert.Contains("Registered Nurses", output, StringComparison.Ordinal);
        Assert.Contains("O*NET 29.2", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_json_has_the_alignment_fields()
    {
        var (exitCode, output, _) = await Run("data", "search", "critical thinking", "--json", "--limit", "3", "--data", _folder);

        Assert.Equal(0, exitCode);
        using var document = JsonDocument.Parse(output);
        var first = document.RootElement[0];
        Assert.Equal(3, document.RootElement.GetArrayLength());
        Assert.Equal("onet-element", first.GetProperty("framework").GetString());
        Assert.Equal("2.A.2.a", first.GetProperty("code").GetString());
        Assert.Equal("exact", first.GetProperty("match").GetString());
    }

    [Fact]
    public async Task Import_of_a_valid_file_reports_rows_and_progress_then_search_reads_the_imported_dataset()
    {
        var file = Path.Combine(_folder, "cip.csv");
        await File.WriteAllTextAsync(file, "CIP2020Code,CIP2020Title,SOC2018Code,SOC2018Title\n11.1006,Computer Support Specialist.,15-1232,Computer User Support Specialists\n", TestContext.Current.CancellationToken);

        var (exitCode, output, error) = await Run("data", "import", "cip-soc", file, "--data", _folder);

        Assert.Equal(0, exitCode);
        Assert.Contains("Imported 1 rows", output, StringComparison.Ordinal);
        Assert.Contains("import: done 100%", error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder, "labor-market", "current.bin.gz")));
        var (_, searchOutput, _) = await Run("data", "search", "RN", "--data", _folder);
        Assert.Contains("Imported dataset", searchOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_of_a_malformed_file_prints_coded_problems_exits_1_and_writes_nothing()
    {
        var file = Path.Combine(_folder, "cip.csv");
        await File.WriteAllTextAsync(file, "CIP,SOC\n11.1006,15-1232\n", TestContext.Current.CancellationToken);

        var (exitCode, _, error) = await Run("data", "import", "cip-soc", file, "--data", _folder);

        Assert.Equal(1, exitCode);
        Assert.Contains("labor.missing-column", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder, "labor-market")));
    }

    [Fact]
    public async Task Import_rejects_an_unknown_kind()
    {
        var (exitCode, _, _) = await Run("data", "import", "spreadsheet", "x.csv", "--data", _folder);

        Assert.NotEqual(0, exitCode);
        Assert.False(Directory.Exists(Path.Combine(_folder, "labor-market")));
    }
}
