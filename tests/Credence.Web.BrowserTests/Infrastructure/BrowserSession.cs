using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Credence.Web.BrowserTests.Infrastructure.BrowserSession))]

namespace Credence.Web.BrowserTests.Infrastructure;

/// <summary>One started host and one headless Chromium shared by every browser test; nothing starts where the tests are skipped.</summary>
public sealed class BrowserSession : IAsyncLifetime
{
    private BrowserHost? _host;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public BrowserHost Host => _host ?? throw new InvalidOperationException(Chromium.SkipReason);

    public async ValueTask InitializeAsync()
    {
        if (!Chromium.Runs)
        {
            return;
        }

        if (!Chromium.IsInstalled)
        {
            throw new InvalidOperationException("CI=true but " + Chromium.ExecutablePath + " is missing: the test command must `apt-get install -y chromium`.");
        }

        _host = new BrowserHost();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Arguments,
        });
    }

    /// <summary>A page in a fresh browser context (no cookies), addressed relative to the host; a desktop window unless a width is given.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var browser = _browser ?? throw new InvalidOperationException(Chromium.SkipReason);
        var context = await browser.NewContextAsync(new() { BaseURL = Host.Address.ToString(), ViewportSize = new() { Width = width, Height = height } });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
