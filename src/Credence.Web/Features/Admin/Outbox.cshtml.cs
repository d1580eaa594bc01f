using Credence.Persistence.Mail;
using Credence.Web.Features.Issuing;
using Credence.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Features.Admin;

/// <summary>The admins' view of the mail outbox: every notification with its state, and a button to send (or write to the pickup folder) what is pending.</summary>
[Authorize(Policy = AccountSetup.ManageInstitutions)]
internal sealed class OutboxModel(OutboxSender outbox) : PageModel
{
    public IReadOnlyList<OutboxResponse> Messages { get; private set; } = [];

    public int? Sent { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Messages = (await outbox.ListAsync(null, 0, 200, cancellationToken)).Select(OutboxResponse.From).ToList();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Sent = await outbox.SendPendingAsync(500, cancellationToken);
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
