using Bot.Domain.Complaints;
using Bot.Domain.Customers;
using Bot.Domain.Handoff;
using Bot.Domain.Language;
using Bot.Domain.Shipments;
using Bot.Host.Handoff;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Host.Tests.Handoff;

public sealed class OverdueComplaintTests
{
    [Fact]
    public async Task An_overdue_complaint_is_queued_for_a_person_once()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = new HandoffHost(time);
        var alice = await host.AddAgentAsync("alice");
        var customer = await host.StartCustomerAsync();
        var complaint = await host.Service<IComplaintStore>().CreateAsync(
            new NewComplaint(
                time.GetUtcNow(), "directline", customer.Address, "zh-CN", "CUST-1", CustomerTier.Key, null,
                TrackingNumber.Parse("SF1234567890123"), ComplaintCategory.Delay, "还没到", "Your parcel is late.", null,
                time.GetUtcNow().AddHours(1), Department.Transport),
            default);
        var monitor = host.Service<HandoffMonitor>();
        await monitor.TickAsync(default);
        Assert.Empty(await host.Escalations.ListOpenAsync(default));

        time.Advance(TimeSpan.FromHours(2));
        await monitor.TickAsync(default);

        var escalation = Assert.Single(await host.Escalations.ListOpenAsync(default));
        Assert.Equal((EscalationReason.Overdue, Skill.Complaints, "zh", CustomerTier.Key), (escalation.Reason, escalation.Skill, escalation.Language, escalation.Tier));
        Assert.Equal([complaint.Reference.ToString()], escalation.ComplaintReferences);
        Assert.Equal(DeskActionError.None, await host.Desk.ClaimAsync(alice, escalation.Id, default));
        Assert.Equal(DeskActionError.None, await host.Desk.HandBackAsync(alice, escalation.Id, default));

        await monitor.TickAsync(default);

        Assert.Empty(await host.Escalations.ListOpenAsync(default));
    }
}
