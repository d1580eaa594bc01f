namespace Credence.JsonLd.Context;

/// <summary>A term's container mapping as a set of container keywords.</summary>
[Flags]
internal enum ContainerMapping
{
    None = 0,
    List = 1,
    Set = 2,
    Language = 4,
    Index = 8,
    Id = 16,
    Type = 32,
    Graph = 64,
}
