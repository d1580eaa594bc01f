using System.Collections.Concurrent;

[assembly: AssemblyFixture(typeof(Credence.Web.Tests.Infrastructure.WebApps))]

namespace Credence.Web.Tests.Infrastructure;

/// <summary>One started <see cref="WebApp"/> per provider, shared by every test in the assembly and started on first use.</summary>
public sealed class WebApps : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<WebApp>>> _apps = new(StringComparer.Ordinal);

    public Task<WebApp> GetAsync(string provider) =>
        _apps.GetOrAdd(provider, p => new Lazy<Task<WebApp>>(() => WebApp.StartAsync(p))).Value;

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps.Values.Where(a => a.IsValueCreated))
        {
            await (await app.Value).DisposeAsync();
        }
    }
}
