using Credence.Domain.Microcredentials;

namespace Credence.Domain.Authoring;

/// <summary>The proficiency scales every file may name without defining them.</summary>
internal static class BuiltInScales
{
    /// <summary>The Dreyfus model of skill acquisition, five stages.</summary>
    public static ProficiencyScale Dreyfus { get; } = new()
    {
        Id = "dreyfus",
        Name = "Dreyfus model of skill acquisition",
        Levels =
        [
            new("novice", "Novice", "Follows explicit rules and procedures without judging the situation."),
            new("advanced-beginner", "Advanced beginner", "Recognizes recurring situations from experience but still needs guidance."),
            new("competent", "Competent", "Plans deliberately, sets priorities and takes responsibility for outcomes."),
            new("proficient", "Proficient", "Sees the whole situation and adapts the plan as it unfolds."),
            new("expert", "Expert", "Acts intuitively from deep experience and handles novel situations."),
        ],
    };

    /// <summary>A four-level mastery scale common in competency-based education rubrics.</summary>
    public static ProficiencyScale Mastery { get; } = new()
    {
        Id = "mastery",
        Name = "Four-level mastery scale",
        Levels =
        [
            new("beginning", "Beginning", "Shows partial understanding and needs support to perform."),
            new("developing", "Developing", "Performs with some errors or with occasional support."),
            new("proficient", "Proficient", "Performs independently to the standard."),
            new("advanced", "Advanced", "Performs beyond the standard and can transfer the skill to new contexts."),
        ],
    };

    /// <summary>The O*NET level scale, 0 to 7; O*NET's anchor statements sit near 2 (low), 4 (medium) and 6 (high).</summary>
    public static ProficiencyScale OnetLevel { get; } = new()
    {
        Id = "onet-level",
        Name = "O*NET level scale (0–7)",
        Levels =
        [
            new("0", "Level 0", "Not relevant to the work."),
            new("1", "Level 1", "Below the low anchor."),
            new("2", "Level 2", "Around the low anchor of the element."),
            new("3", "Level 3", "Between the low and medium anchors."),
            new("4", "Level 4", "Around the medium anchor of the element."),
            new("5", "Level 5", "Between the medium and high anchors."),
            new("6", "Level 6", "Around the high anchor of the element."),
            new("7", "Level 7", "Above the high anchor: the highest level described."),
        ],
    };

    public static IReadOnlyList<ProficiencyScale> All { get; } = [Dreyfus, Mastery, OnetLevel];
}
