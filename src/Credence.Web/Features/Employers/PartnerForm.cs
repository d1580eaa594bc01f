namespace Credence.Web.Features.Employers;

/// <summary>The add-a-partner form of the partners page.</summary>
internal sealed class PartnerForm
{
    public string? Name { get; set; }

    public string? Sector { get; set; }

    public string? Url { get; set; }

    public string? AccountEmail { get; set; }

    public EmployerRequest ToRequest() => new(Name, Sector, Url, AccountEmail);
}
