namespace Credence.LaborMarket.Model;

/// <summary>The O*NET content-model domain of an element.</summary>
internal enum ElementKind
{
    Skill,
    Knowledge,
    WorkStyle,
}
