namespace Credence.Credentials.DataIntegrity;

/// <summary>The intermediate values of one eddsa-rdfc-2022 proof, for checking against published test vectors.</summary>
/// <param name="CanonicalProofConfig">The canonical N-Quads of the proof configuration.</param>
/// <param name="TransformedDocument">The canonical N-Quads of the unsecured document.</param>
/// <param name="HashData">SHA-256 of the proof configuration followed by SHA-256 of the document.</param>
/// <param name="ProofValue">The multibase signature.</param>
internal sealed record AddProofStages(string CanonicalProofConfig, string TransformedDocument, byte[] HashData, string ProofValue);
