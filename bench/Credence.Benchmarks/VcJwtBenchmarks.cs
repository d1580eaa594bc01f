using BenchmarkDotNet.Attributes;
using Credence.Credentials.Jwt;
using Credence.Credentials.Keys;
using Microsoft.Extensions.Time.Testing;

namespace Credence.Benchmarks;

/// <summary>Issuing and verifying a typical Open Badges 3.0 credential as a VC-JWT, per algorithm.</summary>
[MemoryDiagnoser]
public class VcJwtBenchmarks
{
    private readonly JwtVerifyOptions _options = new() { TimeProvider = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero)) };
    private CredentialKey _key = null!;
    private string _jwt = null!;

    [Params(KeyType.Ed25519, KeyType.P256, KeyType.Rsa)]
    public KeyType Algorithm { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _key = CredentialKey.Generate(Algorithm);
        _jwt = VcJwt.Issue(TypicalCredential.Json, _key);
    }

    [GlobalCleanup]
    public void Cleanup() => _key.Dispose();

    [Benchmark]
    public string Sign() => VcJwt.Issue(TypicalCredential.Json, _key);

    [Benchmark]
    public async Task<bool> Verify() => (await VcJwt.VerifyAsync(_jwt, _options, CancellationToken.None).ConfigureAwait(false)).Report.IsVerified;
}
