namespace Credence.Cli.Tests.Commands;

public sealed class BakeCommandTests
{
    [Theory]
    [InlineData("di", "svg")]
    [InlineData("jwt", "svg")]
    [InlineData("di", "png")]
    [InlineData("jwt", "png")]
    public async Task A_baked_badge_gives_back_the_credential_and_verifies(string format, string imageType)
    {
        using var folder = new TempFolder();
        var key = await SignCommandTests.CreateKeyAsync(folder, "Ed25519");
        var sign = await CliRun.RunAsync("sign", folder.Write("unsigned.json", CredentialSamples.Credential(SignCommandTests.Issuer(key))), "--key", key, "--format", format);
        var signed = folder.Write("signed.txt", sign.Out);
        var baked = Path.Combine(folder.Path, "baked." + imageType);
        var image = Path.Combine(folder.Path, "badge." + imageType);
        if (imageType == "png")
        {
            File.WriteAllBytes(image, CredentialSamples.Png);
        }
        else
        {
            File.WriteAllText(image, CredentialSamples.Svg);
        }

        var bake = await CliRun.RunAsync("bake", signed, image, "--out", baked);
        var unbake = await CliRun.RunAsync("unbake", baked);
        var verify = await CliRun.RunAsync("verify", baked, "--offline");

        Assert.Equal(0, bake.ExitCode);
        Assert.Equal(0, unbake.ExitCode);
        Assert.Equal(sign.Out.Trim(), unbake.Out.Trim());
        Assert.Equal(0, verify.ExitCode);
    }

    [Fact]
    public async Task Unbaking_an_image_without_a_credential_is_reported_with_its_code()
    {
        using var folder = new TempFolder();

        var run = await CliRun.RunAsync("unbake", folder.Write("badge.svg", CredentialSamples.Svg));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("cli.unbake-failed: bake.no-credential", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Baking_into_something_that_is_not_an_image_is_reported_with_its_code()
    {
        using var folder = new TempFolder();

        var run = await CliRun.RunAsync("bake", folder.Write("c.json", "{}"), folder.Write("not.png", "plain text"), "--out", Path.Combine(folder.Path, "out.png"));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("cli.bake-failed: bake.not-an-image", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bake_without_out_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("bake", "c.json", "badge.png");

        Assert.Equal(2, run.ExitCode);
    }
}
