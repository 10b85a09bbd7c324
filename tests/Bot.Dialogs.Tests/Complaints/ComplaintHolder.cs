using Bot.Domain.Complaints;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Dialogs.Tests.Complaints;

// A complaint reference learnt during a flow (from the bot's confirmation, or created in a step), for later steps.
internal sealed class ComplaintHolder
{
    public ComplaintReference? Reference { get; set; }

    public async Task<Complaint> LoadAsync(IServiceProvider services, CancellationToken ct)
    {
        Assert.NotNull(Reference);
        var complaint = await services.GetRequiredService<IComplaintStore>().FindAsync(Reference, ct);
        Assert.NotNull(complaint);
        return complaint;
    }
}
