using Microsoft.Playwright;

namespace Credence.Web.BrowserTests.Infrastructure;

/// <summary>Clicks a form's submit button and waits for the page it leads to (the same URL may come back, so the URL is no signal).</summary>
public static class Submit
{
    public static async Task ClickAsync(IPage page, ILocator button)
    {
        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLoad(object? sender, IPage loadedPage) => loaded.TrySetResult();
        page.Load += OnLoad;
        try
        {
            await button.ClickAsync();

            // A hang guard, not a timing assertion: a page that never loads fails the test instead of blocking the run.
            await loaded.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
        finally
        {
            page.Load -= OnLoad;
        }
    }
}
