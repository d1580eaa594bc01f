using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Credence.Credentials.DataIntegrity;
using Credence.Credentials.Dids;
using Credence.Credentials.Keys;

namespace Credence.Benchmarks;

/// <summary>
/// <c>data-integrity-cpu [COUNT]</c>: signs and verifies the typical credential COUNT times on one thread and prints the
/// processor time and bytes allocated per operation. Processor time, unlike wall time, stays meaningful on a machine
/// other jobs are loading; it is the figure to compare before and after a change to the sign or verify path.
/// </summary>
internal static class DataIntegrityCpuHarness
{
    public static async Task RunAsync(TextWriter output, int count)
    {
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var options = new ProofOptions { VerificationMethod = DidKey.VerificationMethodId(key), Created = new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero) };
        var credential = JsonNode.Parse(TypicalCredential.Json)!;
        credential["issuer"]!["id"] = DidKey.Create(key);
        var unsigned = credential.ToJsonString();
        var signedText = (await DataIntegrityProofs.AddProofAsync(unsigned, key, options).ConfigureAwait(false)).Text;
        using var signed = JsonDocument.Parse(signedText);

        for (var round = 0; round < 3; round++)
        {
            var sign = await MeasureAsync(count, async () => (await DataIntegrityProofs.AddProofAsync(unsigned, key, options).ConfigureAwait(false)).Text.Length).ConfigureAwait(false);
            var verify = await MeasureAsync(count, async () => (await DataIntegrityProofs.VerifyAsync(signed.RootElement).ConfigureAwait(false)).Count).ConfigureAwait(false);
            output.WriteLine($"round {round + 1}: sign {sign.Cpu:F1} µs CPU, {sign.Wall:F1} µs wall, {sign.Bytes / 1024.0:F1} KB; verify {verify.Cpu:F1} µs CPU, {verify.Wall:F1} µs wall, {verify.Bytes / 1024.0:F1} KB (per operation, {count} operations)");
        }
    }

    private static async Task<(double Cpu, double Wall, double Bytes)> MeasureAsync(int count, Func<Task<int>> operation)
    {
        var sink = 0;
        for (var i = 0; i < Math.Min(count, 500); i++)
        {
            sink += await operation().ConfigureAwait(false);
        }

        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            sink += await operation().ConfigureAwait(false);
        }

        wall.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - bytesBefore;
        GC.KeepAlive(sink);
        return (cpu.TotalMicroseconds / count, wall.Elapsed.TotalMicroseconds / count, (double)bytes / count);
    }
}
