namespace Credence.Cli;

/// <summary>Process exit codes (CONVENTIONS §5, DECISIONS "Command line").</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int NegativeVerdict = 1;
    public const int Usage = 2;
    public const int UnexpectedFailure = 3;
}
