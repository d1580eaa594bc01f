using System.Text;
using System.Text.Json;
using Credence.Credentials.Keys;

namespace Credence.Cli.Commands;

/// <summary>Reading and writing the files the credential verbs take: inputs (<c>-</c> is standard input), key files, outputs.</summary>
internal static class CredentialFiles
{
    /// <summary>Reads a file, or standard input for <c>-</c>.</summary>
    public static async Task<byte[]> ReadAsync(CliContext context, string path, CancellationToken cancellationToken)
    {
        if (path == "-")
        {
            using var buffer = new MemoryStream();
            await context.OpenStandardInput().CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            return buffer.ToArray();
        }

        return await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a file as UTF-8 text, or standard input for <c>-</c>.</summary>
    public static async Task<string> ReadTextAsync(CliContext context, string path, CancellationToken cancellationToken) =>
        Encoding.UTF8.GetString(await ReadAsync(context, path, cancellationToken).ConfigureAwait(false)).TrimStart('\uFEFF');

    /// <summary>Splits JSON Lines input into its non-blank lines.</summary>
    public static IReadOnlyList<string> Lines(string text) =>
        text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => !string.IsNullOrWhiteSpace(l)).ToList();

    /// <summary>Reads a key file; on failure gives the <c>key.*</c> code that explains why.</summary>
    public static async Task<(KeyFile? KeyFile, string? Problem)> ReadKeyFileAsync(string path, CancellationToken cancellationToken)
    {
        string json;
        try
        {
            json = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, ex.Message);
        }

        return KeyFile.TryParse(json, out var keyFile, out var errorCode)
            ? (keyFile, null)
            : (null, $"{path} is not a key file ({errorCode}).");
    }

    /// <summary>Writes text to <paramref name="path"/>, or to standard output when it is null.</summary>
    public static async Task WriteAsync(CliContext context, string? path, string text, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            await context.Out.WriteLineAsync(text).ConfigureAwait(false);
            return;
        }

        await File.WriteAllTextAsync(path, text + "\n", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes <c>code: message</c> (or a JSON object with <paramref name="asJson"/>) to standard error.</summary>
    public static async Task<int> FailAsync(CliContext context, string code, string message, int exitCode, bool asJson = false)
    {
        var line = asJson
            ? JsonSerializer.Serialize(new Dictionary<string, string> { ["code"] = code, ["message"] = message })
            : $"{code}: {message}";
        await context.Error.WriteLineAsync(line).ConfigureAwait(false);
        return exitCode;
    }
}
