namespace Credence.Persistence.Issuing;

/// <summary>Who a result or credential is for: an e-mail address and a name.</summary>
/// <param name="Email">The learner's e-mail address.</param>
/// <param name="Name">The learner's name.</param>
public sealed record LearnerInfo(string Email, string Name);
