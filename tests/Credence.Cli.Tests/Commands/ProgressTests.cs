using Credence.Cli.Commands;

namespace Credence.Cli.Tests.Commands;

public sealed class ProgressTests
{
    [Fact]
    public void Progress_redraws_one_line_on_a_terminal_for_a_large_folder_and_clears_it()
    {
        using var error = new StringWriter();
        var progress = new Progress(error, isTerminal: true, "Evaluating", Progress.TerminalThreshold * 2);

        Run(progress, Progress.TerminalThreshold * 2);

        var text = error.ToString();
        Assert.Contains($"\rEvaluating {Progress.TerminalThreshold * 2}/{Progress.TerminalThreshold * 2}", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', text);
        Assert.EndsWith("\r", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_stays_silent_for_a_small_folder_even_on_a_terminal()
    {
        using var error = new StringWriter();
        var progress = new Progress(error, isTerminal: true, "Evaluating", Progress.TerminalThreshold - 1);

        Run(progress, Progress.TerminalThreshold - 1);

        Assert.Equal(string.Empty, error.ToString());
    }

    [Fact]
    public void Progress_writes_nothing_to_redirected_stderr_unless_the_count_is_very_large()
    {
        using var some = new StringWriter();
        using var many = new StringWriter();
        var total = Progress.RedirectedThreshold;

        Run(new Progress(some, isTerminal: false, "Evaluating", Progress.TerminalThreshold * 4), Progress.TerminalThreshold * 4);
        Run(new Progress(many, isTerminal: false, "Evaluating", total), total);

        Assert.Equal(string.Empty, some.ToString());
        var lines = many.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(10, lines.Length);
        Assert.Equal($"credence: Evaluating {total}/{total}", lines[^1]);
    }

    private static void Run(Progress progress, int count)
    {
        for (var i = 0; i < count; i++)
        {
            progress.Advance();
        }

        progress.Done();
    }
}
