using Microsoft.Playwright;

namespace Credence.Web.BrowserTests.Infrastructure;

/// <summary>Full-page screenshots under <c>artifacts/screenshots/</c> at the repository root (git-ignored).</summary>
public static class Screenshots
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Credence.slnx")))
        {
            directory = directory.Parent;
        }

        var root = directory?.FullName ?? AppContext.BaseDirectory;
        return Directory.CreateDirectory(Path.Combine(root, "artifacts", "screenshots")).FullName;
    });

    /// <summary>Saves the page as <c>{name}.png</c> and returns the file's path.</summary>
    public static async Task<string> SaveAsync(IPage page, string name)
    {
        var path = Path.Combine(Folder.Value, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }
}
