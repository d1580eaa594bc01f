using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Credence.Credentials.DataIntegrity;
using Credence.Credentials.Dids;
using Credence.Credentials.Keys;

namespace Credence.Benchmarks;

/// <summary>Signing and verifying a typical Open Badges 3.0 credential with a <c>DataIntegrityProof</c> (<c>eddsa-rdfc-2022</c>), one at a
/// time and as a batch of 256 over all cores; contexts come from the bundled loader with a warm cache, the key from a <c>did:key</c>.</summary>
[MemoryDiagnoser]
public class DataIntegrityBenchmarks
{
    private const int BatchSize = 256;

    private readonly ProofOptions _proof = new() { VerificationMethod = string.Empty, Created = new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero) };
    private CredentialKey _key = null!;
    private ProofOptions _options = null!;
    private string _credential = null!;
    private JsonDocument _signed = null!;

    [GlobalSetup]
    public void Setup()
    {
        _key = CredentialKey.Generate(KeyType.Ed25519);
        _options = _proof with { VerificationMethod = DidKey.VerificationMethodId(_key) };
        var credential = JsonNode.Parse(TypicalCredential.Json)!;
        credential["issuer"]!["id"] = DidKey.Create(_key);
        _credential = credential.ToJsonString();
        _signed = JsonDocument.Parse(DataIntegrityProofs.AddProofAsync(_credential, _key, _options).GetAwaiter().GetResult().Text);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _signed.Dispose();
        _key.Dispose();
    }

    [Benchmark]
    public async Task<int> Sign() => (await DataIntegrityProofs.AddProofAsync(_credential, _key, _options).ConfigureAwait(false)).Text.Length;

    [Benchmark]
    public async Task<int> Verify() => (await DataIntegrityProofs.VerifyAsync(_signed.RootElement).ConfigureAwait(false)).Count;

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public async Task<int> SignBatch()
    {
        var total = 0;
        await Parallel.ForAsync(0, BatchSize, async (_, cancellationToken) =>
        {
            var signed = await DataIntegrityProofs.AddProofAsync(_credential, _key, _options, cancellationToken: cancellationToken).ConfigureAwait(false);
            Interlocked.Add(ref total, signed.Text.Length);
        }).ConfigureAwait(false);
        return total;
    }

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public async Task<int> VerifyBatch()
    {
        var total = 0;
        await Parallel.ForAsync(0, BatchSize, async (_, cancellationToken) =>
        {
            var checks = await DataIntegrityProofs.VerifyAsync(_signed.RootElement, cancellationToken: cancellationToken).ConfigureAwait(false);
            Interlocked.Add(ref total, checks.Count);
        }).ConfigureAwait(false);
        return total;
    }
}
