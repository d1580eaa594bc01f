using System.Globalization;
using Credence.Cli.Reports;
using Credence.Domain.Authoring;
using Credence.Domain.Evaluation;
using Credence.Domain.Frameworks;
using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;
using Credence.LaborMarket;

namespace Credence.Cli.Commands;

internal static partial class EvaluateCommand
{
    /// <summary>Runs an evaluation: exit 0 when it ran, 1 for problems in the inputs or a missed <c>--fail-under</c>, 2 for usage errors.</summary>
    internal static async Task<int> RunAsync(CliContext context, EvaluateOptions options, CancellationToken cancellationToken)
    {
        var error = context.Error;

        // 1. Every named path must exist before anything is read (usage errors).
        var mainFiles = new List<string>();
        var includeFiles = new List<string>();
        var missing = new List<string>();
        Collect(options.Paths, mainFiles, missing);
        Collect(options.Includes, includeFiles, missing);
        missing.AddRange(options.FrameworkOverrides.Where(f => !File.Exists(f)));
        missing.AddRange(options.Frameworks.Where(f => IsFrameworkFile(f) && !File.Exists(f)));
        if (missing.Count > 0)
        {
            foreach (var path in missing)
            {
                await error.WriteLineAsync($"{CliCodes.PathNotFound}: {path}: no such file or folder").ConfigureAwait(false);
            }

            return ExitCodes.Usage;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        mainFiles = [.. mainFiles.Where(f => seen.Add(Path.GetFullPath(f)))];
        includeFiles = [.. includeFiles.Where(f => seen.Add(Path.GetFullPath(f)))];
        if (mainFiles.Count == 0)
        {
            await error.WriteLineAsync($"{CliCodes.NothingToEvaluate}: no .yaml or .yml files in {string.Join(", ", options.Paths)}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        // 2. Read and load everything together, so references resolve across all files given.
        IReadOnlyList<SourceDocument> documents;
        try
        {
            var allFiles = mainFiles.Concat(includeFiles).ToList();
            documents = await InputFiles.ReadAsync(allFiles, new Progress(error, context.ErrorIsTerminal, "Reading", allFiles.Count), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"{CliCodes.ReadFailed}: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var loaded = AuthoringLoader.Load(documents);
        var problems = loaded.Errors.Select(e => new InputProblem(e.Code, e.Message, e.Path, e.Line, e.Column, e.Field)).ToList();

        // 3. Frameworks: built in or from files, with the institution's overrides applied.
        IReadOnlyList<ValueFramework> frameworks;
        IReadOnlyList<InputProblem> frameworkProblems;
        IReadOnlyList<string> unknown;
        try
        {
            (frameworks, frameworkProblems, unknown) = await ResolveFrameworksAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"{CliCodes.ReadFailed}: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        problems.AddRange(frameworkProblems);
        if (unknown.Count > 0)
        {
            foreach (var id in unknown)
            {
                var known = string.Join(", ", BuiltInFrameworks.All.Select(f => f.Id));
                await error.WriteLineAsync($"{CliCodes.UnknownFramework}: '{id}' is not a framework (built in: {known}; or give a .yaml file)").ConfigureAwait(false);
            }

            return ExitCodes.Usage;
        }

        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                await error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
            }

            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{problems.Count} problem(s); nothing was evaluated.")).ConfigureAwait(false);
            if (options.Format == ReportFormat.Json && options.Out is null)
            {
                await context.Out.WriteAsync(JsonReport.WriteProblems(problems)).ConfigureAwait(false);
            }

            return ExitCodes.NegativeVerdict;
        }

        // 4. Only what the PATH arguments hold is evaluated; --include files only resolve references.
        var mainPaths = documents.Take(mainFiles.Count).Select(d => d.Path).ToHashSet(StringComparer.Ordinal);
        var microcredentials = loaded.Microcredentials.Where((_, i) => mainPaths.Contains(loaded.MicrocredentialPaths[i])).ToList();
        var pathways = loaded.Pathways.Where((_, i) => mainPaths.Contains(loaded.PathwayPaths[i])).ToList();
        var work = microcredentials.SelectMany(m => frameworks.Where(f => Evaluator.AppliesTo(f, SubjectKind.Microcredential)).Select(f => (Subject: (object)m, Framework: f)))
            .Concat(pathways.SelectMany(p => frameworks.Where(f => Evaluator.AppliesTo(f, SubjectKind.Pathway)).Select(f => (Subject: (object)p, Framework: f))))
            .ToList();
        if (work.Count == 0)
        {
            var what = microcredentials.Count + pathways.Count == 0
                ? "the files hold no microcredential or pathway"
                : "no selected framework applies to the microcredentials and pathways given";
            await error.WriteLineAsync($"{CliCodes.NothingToEvaluate}: {what}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var evaluation = new EvaluationContext
        {
            AsOf = options.AsOf ?? DateOnly.FromDateTime(context.Time.GetLocalNow().DateTime),
            Microcredentials = loaded.Microcredentials.GroupBy(m => m.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal),
            Pathways = loaded.Pathways,
            LaborMarket = options.NoLaborMarket ? null : LaborMarketDataset.Embedded,
        };
        var progress = new Progress(error, context.ErrorIsTerminal, "Evaluating", work.Count);
        var scorecards = new List<Scorecard>(work.Count);
        foreach (var (subject, framework) in work)
        {
            cancellationToken.ThrowIfCancellationRequested();
            scorecards.Add(subject is Microcredential m ? Evaluator.Evaluate(m, framework, evaluation) : Evaluator.Evaluate((Pathway)subject, framework, evaluation));
            progress.Advance();
        }

        progress.Done();

        // Off-ramps (jobs and wages per stage) only come from labor-market facts; without them there is nothing to show.
        IReadOnlyList<OffRampReport> offRamps = evaluation.LaborMarket is { } facts
            ? [.. pathways.Select(p => OffRampAnalysis.Analyze(p, evaluation.Microcredentials, facts))]
            : [];

        // 5. The report, then the --fail-under verdict.
        try
        {
            var written = await ReportOutput.WriteAsync(scorecards, offRamps, options.Format, Title(microcredentials, pathways), options.Out, context, cancellationToken).ConfigureAwait(false);
            if (written.Count > 0)
            {
                var where = written.Count == 1 ? written[0] : $"{written.Count} files in {options.Out}";
                await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Wrote {scorecards.Count} scorecard(s) to {where}")).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"{CliCodes.WriteFailed}: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.UnexpectedFailure;
        }

        if (options.FailUnder is { } threshold)
        {
            var failing = scorecards.Where(s => s.OverallScore is not { } score || score < threshold).ToList();
            foreach (var card in failing)
            {
                await error.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{CliCodes.ScoreBelowThreshold}: {card.SubjectId} scored {ReportText.Score(card.OverallScore)} on {card.FrameworkId}, below {threshold:0.##}")).ConfigureAwait(false);
            }

            if (failing.Count > 0)
            {
                return ExitCodes.NegativeVerdict;
            }
        }

        return ExitCodes.Ok;
    }

    private static void Collect(IEnumerable<string> paths, List<string> files, List<string> missing)
    {
        foreach (var path in paths)
        {
            if (InputFiles.Expand(path) is { } expanded)
            {
                files.AddRange(expanded);
            }
            else
            {
                missing.Add(path);
            }
        }
    }

    private static bool IsFrameworkFile(string value) =>
        value.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || value.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static async Task<(IReadOnlyList<ValueFramework> Frameworks, IReadOnlyList<InputProblem> Problems, IReadOnlyList<string> Unknown)> ResolveFrameworksAsync(
        EvaluateOptions options, CancellationToken cancellationToken)
    {
        var problems = new List<InputProblem>();
        var available = BuiltInFrameworks.All.Select(f => (Original: f.Id, Framework: f)).ToList();
        var selected = new List<string>();
        foreach (var value in options.Frameworks)
        {
            if (!IsFrameworkFile(value))
            {
                selected.Add(value);
                continue;
            }

            var result = FrameworkLoader.LoadFramework(value, await File.ReadAllTextAsync(value, cancellationToken).ConfigureAwait(false));
            problems.AddRange(result.Errors.Select(ToProblem));
            if (result.Framework is { } framework)
            {
                available.Add((framework.Id, framework));
                selected.Add(framework.Id);
            }
        }

        foreach (var file in options.FrameworkOverrides)
        {
            var result = FrameworkLoader.LoadOverride(file, await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false));
            problems.AddRange(result.Errors.Select(ToProblem));
            if (result.Override is not { } @override)
            {
                continue;
            }

            var index = available.FindIndex(a => a.Original == @override.Framework || a.Framework.Id == @override.Framework);
            if (index < 0)
            {
                problems.Add(new InputProblem(CliCodes.OverrideFrameworkUnknown, $"The override is for framework '{@override.Framework}', which is not loaded.", file, 0, 0, "framework"));
                continue;
            }

            var validation = FrameworkOverrides.Validate(available[index].Framework, @override, file);
            problems.AddRange(validation.Select(ToProblem));
            if (validation.Count == 0)
            {
                available[index] = (available[index].Original, FrameworkOverrides.Apply(available[index].Framework, @override));
            }
        }

        if (selected.Count == 0)
        {
            return (available.Select(a => a.Framework).ToList(), problems, []);
        }

        var unknown = selected.Where(id => !available.Any(a => a.Original == id || a.Framework.Id == id)).Distinct(StringComparer.Ordinal).ToList();
        var frameworks = available.Where(a => selected.Contains(a.Original) || selected.Contains(a.Framework.Id)).Select(a => a.Framework).ToList();
        return (frameworks, problems, unknown);
    }

    private static InputProblem ToProblem(FrameworkError e) => new(e.Code, e.Message, e.Path, e.Line, e.Column, e.Field);

    /// <summary>The report title: the provider's name when every subject comes from one provider.</summary>
    private static string Title(IEnumerable<Microcredential> microcredentials, IEnumerable<Pathway> pathways)
    {
        var providers = microcredentials.Select(m => m.Provider?.Name).Concat(pathways.Select(p => p.Provider?.Name)).Distinct(StringComparer.Ordinal).ToList();
        return providers is [{ } provider] ? $"Value scorecards: {provider}" : "Value scorecards";
    }
}
