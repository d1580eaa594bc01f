using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Credence.LaborMarket;

namespace Credence.Cli.Commands;

/// <summary>
/// <c>credence data import KIND FILE</c> and <c>credence data search TEXT</c>: imports official labor-market files into the
/// data folder's dataset, and searches skills and occupations (of the imported dataset, else the embedded one).
/// </summary>
internal static class DataCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = new Command("data", "Labor-market data: import official files, search skills and occupations.");
        data.Subcommands.Add(CreateImport(context));
        data.Subcommands.Add(CreateSearch(context));
        return data;
    }

    private static Option<string> DataOption() => new("--data")
    {
        Description = "The data folder (its labor-market/ subfolder holds the imported dataset).",
        HelpName = "DIR",
        DefaultValueFactory = _ => "data",
    };

    private static Command CreateImport(CliContext context)
    {
        var kind = new Argument<string>("kind") { Description = "What FILE is: onet (text release zip or folder), oews (.xlsx or CSV), projections (Table 1.7, .xlsx or CSV), cip-soc (.xlsx or CSV)." };
        kind.AcceptOnlyFromAmong("onet", "oews", "projections", "cip-soc");
        var file = new Argument<string>("file") { Description = "The file to import." };
        var dataOption = DataOption();
        var command = new Command("import", "Validate an official file and replace that part of the dataset; nothing changes when the file has problems.")
        {
            kind, file, dataOption,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            // The argument accepts only the four kind names, so the parse cannot fail here.
            _ = LaborMarketImporter.TryParseKind(parseResult.GetValue(kind), out var importKind);
            var path = parseResult.GetValue(file)!;
            var progress = new Progress(context.Error);
            var report = await LaborMarketImporter.ImportAsync(importKind, path, parseResult.GetValue(dataOption)!, progress, cancellationToken).ConfigureAwait(false);
            if (!report.Succeeded)
            {
                foreach (var problem in report.Problems)
                {
                    await context.Error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
                }

                await context.Error.WriteLineAsync($"{report.Problems.Count.ToString(CultureInfo.InvariantCulture)} problem(s); nothing was imported.").ConfigureAwait(false);
                return ExitCodes.NegativeVerdict;
            }

            await context.Out.WriteLineAsync($"Imported {report.Rows.ToString(CultureInfo.InvariantCulture)} rows ({report.Vintage}) into {report.DatasetPath}.").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateSearch(CliContext context)
    {
        var text = new Argument<string>("text") { Description = "What to look for: a skill, technology or occupation name, alternate title or label." };
        var json = new Option<bool>("--json") { Description = "Write the hits as JSON." };
        var limit = new Option<int>("--limit") { Description = "The most hits to show.", DefaultValueFactory = _ => 10 };
        var dataOption = DataOption();
        var command = new Command("search", "Search skills and occupations (O*NET, ESCO) for alignments.") { text, json, limit, dataOption };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var dataset = LaborMarketDataset.LoadFromDirectoryOrEmbedded(parseResult.GetValue(dataOption)!);
            var hits = dataset.Search(parseResult.GetValue(text)!, Math.Max(1, parseResult.GetValue(limit)));
            if (parseResult.GetValue(json))
            {
                var rows = hits.Select(h => new
                {
                    framework = Kebab(h.Framework.ToString()),
                    code = h.Code,
                    uri = h.Uri,
                    name = h.Name,
                    category = h.Category,
                    matchedLabel = h.MatchedLabel,
                    match = Kebab(h.Match.ToString()),
                });
                await context.Out.WriteLineAsync(JsonSerializer.Serialize(rows, Json)).ConfigureAwait(false);
                return ExitCodes.Ok;
            }

            if (hits.Count == 0)
            {
                await context.Out.WriteLineAsync("No matches.").ConfigureAwait(false);
            }

            foreach (var hit in hits)
            {
                var id = hit.Uri ?? hit.Code ?? "";
                var matched = hit.MatchedLabel is null ? "" : $"  (matched \"{hit.MatchedLabel}\")";
                await context.Out.WriteLineAsync($"{Kebab(hit.Framework.ToString()),-16} {id,-20} {hit.Name} [{hit.Category}]{matched}").ConfigureAwait(false);
            }

            await context.Out.WriteLineAsync($"Source: {dataset.Vintage}").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Kebab(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));

    private sealed class Progress(TextWriter error) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) =>
            error.WriteLine($"import: {value.Stage} {value.Percent.ToString(CultureInfo.InvariantCulture)}%");
    }
}
