using Microsoft.AspNetCore.Http.HttpResults;

namespace Credence.Web.Shared;

/// <summary>Problem details that carry a stable code in the extension <c>code</c>.</summary>
internal static class Problems
{
    public static ProblemHttpResult Coded(int status, string code, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, extensions: new Dictionary<string, object?> { ["code"] = code });
}
