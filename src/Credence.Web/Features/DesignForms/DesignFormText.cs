using Credence.Persistence.Designs;

namespace Credence.Web.Features.DesignForms;

/// <summary>Plain words for what the design store refused.</summary>
internal static class DesignFormText
{
    public static string Refusal(string code) => code switch
    {
        DesignCodes.AlreadyExists => "A design with this id already exists; open it and edit its draft instead.",
        DesignCodes.InstitutionNotFound => "There is no such institution.",
        DesignCodes.NotFound => "There is no such design.",
        _ => "There is no open draft to publish.",
    };
}
