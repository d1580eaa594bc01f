namespace Credence.LaborMarket.Model;

/// <summary>An O*NET content-model element (a skill, knowledge area or work style).</summary>
internal sealed record ContentElement(string Id, string Name, string Description, ElementKind Kind);
