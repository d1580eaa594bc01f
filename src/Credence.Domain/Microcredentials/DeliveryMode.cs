namespace Credence.Domain.Microcredentials;

/// <summary>How a microcredential is delivered.</summary>
public enum DeliveryMode
{
    /// <summary>Fully online.</summary>
    Online,

    /// <summary>Part online, part in person.</summary>
    Hybrid,

    /// <summary>In person.</summary>
    InPerson,
}

/// <summary>How learners progress.</summary>
public enum Pacing
{
    /// <summary>At the learner's own pace, with open enrolment.</summary>
    SelfPaced,

    /// <summary>With a cohort on a schedule.</summary>
    Cohort,
}
