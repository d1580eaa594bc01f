using System.Globalization;

namespace Credence.Cli.Commands;

/// <summary>
/// Progress of a long step on stderr: a line redrawn in place on a terminal when there are many items, a line
/// every tenth of the way when stderr is redirected and there are very many, nothing otherwise.
/// </summary>
internal sealed class Progress
{
    /// <summary>From this many items a terminal shows progress.</summary>
    public const int TerminalThreshold = 50;

    /// <summary>From this many items redirected stderr gets progress lines.</summary>
    public const int RedirectedThreshold = 2000;

    private readonly TextWriter _error;
    private readonly bool _isTerminal;
    private readonly string _verb;
    private readonly int _total;
    private readonly bool _enabled;
    private int _done;
    private int _lastShown;

    public Progress(TextWriter error, bool isTerminal, string verb, int total)
    {
        _error = error;
        _isTerminal = isTerminal;
        _verb = verb;
        _total = total;
        _enabled = isTerminal ? total >= TerminalThreshold : total >= RedirectedThreshold;

        // A terminal shows the first item at once; redirected output starts at the first tenth.
        _lastShown = isTerminal ? -1 : 0;
    }

    /// <summary>One more item is done.</summary>
    public void Advance()
    {
        _done++;
        if (!_enabled)
        {
            return;
        }

        // Percent steps on a terminal, tenths when redirected: a fixed number of writes however many items there are.
        var step = _isTerminal ? _done * 100 / _total : _done * 10 / _total;
        if (step == _lastShown)
        {
            return;
        }

        _lastShown = step;
        var text = string.Create(CultureInfo.InvariantCulture, $"{_verb} {_done}/{_total}");
        if (_isTerminal)
        {
            _error.Write("\r" + text);
        }
        else
        {
            _error.WriteLine("credence: " + text);
        }
    }

    /// <summary>The step is finished: a terminal line is cleared.</summary>
    public void Done()
    {
        if (_enabled && _isTerminal && _lastShown >= 0)
        {
            _error.Write("\r" + new string(' ', _verb.Length + 24) + "\r");
        }
    }
}
