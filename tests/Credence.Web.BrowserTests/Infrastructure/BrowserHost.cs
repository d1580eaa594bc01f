using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Web.BrowserTests.Infrastructure;

/// <summary>The real web host on Kestrel at a free loopback port, on a fresh SQLite database in a temporary folder with the sample institution loaded.</summary>
public sealed class BrowserHost : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@credence.test";
    public const string Password = "a long browser-test passphrase";

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "credence-browser-tests", Guid.NewGuid().ToString("N"));

    public BrowserHost()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        Address = new Uri(addresses.Single());
    }

    /// <summary>Where the host listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Credence:DataPath", _dataFolder);
        builder.UseSetting("Credence:LoadSampleInstitution", "true");
        builder.UseSetting("CREDENCE_ADMIN_EMAIL", AdminEmail);
        builder.UseSetting("CREDENCE_ADMIN_PASSWORD", Password);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_dataFolder))
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_dataFolder, recursive: true);
        }
    }
}
