using System.CommandLine;
using Credence.Credentials.Baking;

namespace Credence.Cli.Commands;

/// <summary>
/// <c>credence bake CREDENTIAL IMAGE --out FILE</c>: bakes a signed credential into an Open Badges 3.0 badge image
/// (a PNG <c>iTXt</c> chunk or an SVG <c>openbadges:credential</c> element).
/// </summary>
internal static class BakeCommand
{
    public static Command Create(CliContext context)
    {
        var credential = new Argument<string>("CREDENTIAL") { Description = "The signed credential (JSON or VC-JWT); - reads standard input." };
        var image = new Argument<string>("IMAGE") { Description = "The badge image (PNG or SVG)." };
        var output = new Option<string>("--out") { Description = "Where to write the baked image.", Required = true };
        var command = new Command("bake", "Bake a signed credential into a PNG or SVG badge image.") { credential, image, output };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            string text;
            byte[] picture;
            try
            {
                text = (await CredentialFiles.ReadTextAsync(context, parseResult.GetValue(credential)!, cancellationToken).ConfigureAwait(false)).Trim();
                picture = await File.ReadAllBytesAsync(parseResult.GetValue(image)!, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return await CredentialFiles.FailAsync(context, CliCodes.ReadFailed, ex.Message, ExitCodes.Usage).ConfigureAwait(false);
            }

            var result = BadgeBaker.Bake(picture, text);
            if (!result.Succeeded)
            {
                return await CredentialFiles.FailAsync(context, CliCodes.BakeFailed, $"{result.Problem!.Code}: {result.Problem.Message}", ExitCodes.NegativeVerdict).ConfigureAwait(false);
            }

            try
            {
                await File.WriteAllBytesAsync(parseResult.GetValue(output)!, result.Image!, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return await CredentialFiles.FailAsync(context, CliCodes.WriteFailed, ex.Message, ExitCodes.UnexpectedFailure).ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
