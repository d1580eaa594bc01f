namespace Credence.Web.BrowserTests.Infrastructure;

/// <summary>Debian's Chromium, which the browser tests drive through Playwright; Playwright's own browser download is never used.</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public const string SkipReason =
        "Browser tests SKIPPED: /usr/bin/chromium is missing. Install Debian's chromium (`apt-get install -y chromium`); with CI=true this is a failure.";

    /// <summary>The flags every launch uses (DECISIONS.md, "Tests and CI").</summary>
    public static readonly string[] Arguments = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

    public static bool IsInstalled => File.Exists(ExecutablePath);

    /// <summary>True when the browser tests run: Chromium is installed, or this is CI, where a missing Chromium must fail rather than skip.</summary>
    public static bool Runs => IsInstalled || IsCi;

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
