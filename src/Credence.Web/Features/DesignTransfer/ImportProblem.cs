namespace Credence.Web.Features.DesignTransfer;

/// <summary>One reason an import saved nothing: the file (and, for authoring errors, line, column and field) and a stable code.</summary>
internal sealed record ImportProblem(string File, int? Line, int? Column, string? Field, string Code, string Message);
