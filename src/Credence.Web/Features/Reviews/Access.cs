namespace Credence.Web.Features.Reviews;

/// <summary>The answer to "may this user do this for this institution?".</summary>
internal enum Access
{
    /// <summary>Yes.</summary>
    Allowed,

    /// <summary>Nobody is signed in.</summary>
    SignInNeeded,

    /// <summary>The user's roles do not allow it.</summary>
    WrongRole,

    /// <summary>The user works for another institution.</summary>
    OtherInstitution,
}
