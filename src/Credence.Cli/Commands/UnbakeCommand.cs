using System.CommandLine;
using Credence.Credentials.Baking;

namespace Credence.Cli.Commands;

/// <summary><c>credence unbake IMAGE</c>: prints the credential baked into an Open Badges 3.0 PNG or SVG badge image.</summary>
internal static class UnbakeCommand
{
    public static Command Create(CliContext context)
    {
        var image = new Argument<string>("IMAGE") { Description = "The baked badge image (PNG or SVG); - reads standard input." };
        var command = new Command("unbake", "Print the credential baked into a PNG or SVG badge image.") { image };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            byte[] picture;
            try
            {
                picture = await CredentialFiles.ReadAsync(context, parseResult.GetValue(image)!, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return await CredentialFiles.FailAsync(context, CliCodes.ReadFailed, ex.Message, ExitCodes.Usage).ConfigureAwait(false);
            }

            var result = BadgeBaker.Unbake(picture);
            if (!result.Succeeded)
            {
                return await CredentialFiles.FailAsync(context, CliCodes.UnbakeFailed, $"{result.Problem!.Code}: {result.Problem.Message}", ExitCodes.NegativeVerdict).ConfigureAwait(false);
            }

            await context.Out.WriteLineAsync(result.Credential).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
