using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Credence.Cli.Reports;

namespace Credence.Cli.Commands;

/// <summary>
/// <c>credence evaluate PATH...</c>: loads microcredentials, pathways and scales from YAML files or folders and
/// scores every microcredential and pathway against the value frameworks (DECISIONS "Command line").
/// </summary>
internal static partial class EvaluateCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var paths = new Argument<string[]>("path")
        {
            Description = "Microcredential, pathway and proficiency-scale files (.yaml/.yml), or folders searched recursively.",
            Arity = ArgumentArity.OneOrMore,
        };
        paths.Validators.Add(result =>
        {
            // System.CommandLine hands unknown options to a variadic argument; a path never starts with '-' (write ./-name).
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-')))
            {
                result.AddError($"Unrecognized option '{token.Value}'.");
            }
        });
        var frameworks = new Option<string[]>("--framework", "-f")
        {
            Description = "A built-in framework id (mvf, pathway-design, eu-microcredential, stakeholder-views) or a framework YAML file; repeat for several. Default: every built-in framework that applies.",
            HelpName = "ID|FILE",
        };
        var format = new Option<string>("--format")
        {
            Description = "Report format.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json", "markdown", "html");
        var json = new Option<bool>("--json") { Description = "Same as --format json." };
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Write the report to FILE instead of stdout; for html, a folder gets index.html and one page per microcredential or pathway.",
            HelpName = "FILE|DIR",
        };
        var include = new Option<string[]>("--include")
        {
            Description = "A folder (or file) loaded only to resolve references, e.g. microcredentials a pathway names; repeatable.",
            HelpName = "DIR",
        };
        var asOf = new Option<DateOnly?>("--as-of")
        {
            Description = "The evaluation date (YYYY-MM-DD) that review ages and validity are judged against. Default: today.",
            HelpName = "DATE",
            CustomParser = ParseDate,
        };
        var overrides = new Option<string[]>("--framework-override")
        {
            Description = "An institution's override file (weights, thresholds, disabled or added criteria); repeatable.",
            HelpName = "FILE",
        };
        var failUnder = new Option<double?>("--fail-under")
        {
            Description = "Exit 1 when any overall score is below SCORE (0-100) or could not be computed.",
            HelpName = "SCORE",
        };
        failUnder.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double?>() is < 0 or > 100)
            {
                result.AddError("--fail-under must be between 0 and 100.");
            }
        });
        var noLaborMarket = new Option<bool>("--no-labor-market")
        {
            Description = "Evaluate without the embedded labor-market data (labor-market criteria report not enough information).",
        };

        var command = new Command("evaluate", "Score microcredentials and pathways against value frameworks and report why.")
        {
            paths, frameworks, format, json, output, include, asOf, overrides, failUnder, noLaborMarket,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(json) && result.GetResult(format) is { Implicit: false } && result.GetValue(format) != "json")
            {
                result.AddError("--json cannot be combined with another --format.");
            }
        });
        command.SetAction((parseResult, cancellationToken) =>
        {
            var options = new EvaluateOptions
            {
                Paths = parseResult.GetValue(paths) ?? [],
                Frameworks = parseResult.GetValue(frameworks) ?? [],
                Format = parseResult.GetValue(json) ? ReportFormat.Json : ParseFormat(parseResult.GetValue(format)),
                Out = parseResult.GetValue(output),
                Includes = parseResult.GetValue(include) ?? [],
                AsOf = parseResult.GetValue(asOf),
                FrameworkOverrides = parseResult.GetValue(overrides) ?? [],
                FailUnder = parseResult.GetValue(failUnder),
                NoLaborMarket = parseResult.GetValue(noLaborMarket),
            };
            return RunAsync(context, options, cancellationToken);
        });
        return command;
    }

    private static DateOnly? ParseDate(ArgumentResult result)
    {
        var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (DateOnly.TryParseExact(token, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        result.AddError($"'{token}' is not a date in the form YYYY-MM-DD.");
        return null;
    }

    private static ReportFormat ParseFormat(string? format) => format switch
    {
        "json" => ReportFormat.Json,
        "markdown" => ReportFormat.Markdown,
        "html" => ReportFormat.Html,
        _ => ReportFormat.Table,
    };
}
