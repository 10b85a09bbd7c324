using Bot.Domain.Complaints;
using Bot.Domain.Conversations;
using Bot.Domain.Customers;
using Bot.Domain.Language;
using Bot.Domain.Shipments;
using Microsoft.EntityFrameworkCore;

namespace Bot.Data.Tests.Complaints;

public sealed class ComplaintStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));
    private TempStore _store = null!;

    private IComplaintStore Complaints => _store.Get<IComplaintStore>();

    public async Task InitializeAsync() => _store = await TempStore.CreateAsync(Now);

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task Complaint_round_trips_every_intake_field()
    {
        var details = new NewComplaint(
            Now,
            "msteams",
            new ConversationAddress("msteams", "a:1Xq-conversation"),
            "zh-CN",
            "CUST-1001",
            CustomerTier.Key,
            "+86 138 0013 8000",
            TrackingNumber.Parse("SF1234567890123"),
            ComplaintCategory.DamageOrDeterioration,
            "箱子破了，里面的茶叶撒了一半",
            "The carton arrived broken and half the tea spilled; you are upset.",
            "Refund the damaged tea",
            Now.AddHours(2),
            Department.Packaging,
            ComplaintSeverity.High,
            PhotoCount: 3,
            EscalationReason: EscalationReason.HighSeverity);

        var created = await Complaints.CreateAsync(details, default);
        var found = await Complaints.FindAsync(created.Reference, default);

        Assert.Equal(new ComplaintReference(2026, 1), created.Reference);
        Assert.NotNull(found);
        Assert.Equal(details, found.Details);
        Assert.Equal(created.Reference, found.Reference);
        Assert.Equal(ComplaintStatus.Open, found.Status);
        Assert.Null(found.Lifecycle.SatisfiedWithResult);
        Assert.Equal(0, found.Lifecycle.ReopenCount);
        Assert.Equal(EscalationReason.HighSeverity, found.EscalationReason);
        Assert.Null(found.Resolution);
        Assert.Null(found.ClosedAt);
        Assert.Empty(found.Updates);
        Assert.Null(await Complaints.FindAsync(new ComplaintReference(2026, 2), default));
    }

    [Fact]
    public async Task Complaint_without_conversation_waybill_customer_or_wishes_round_trips_with_nulls()
    {
        var details = Complaint(Now, Now.AddDays(1)) with
        {
            Conversation = null,
            CustomerId = null,
            ContactPhone = null,
            TrackingNumber = null,
            DesiredResolution = null,
        };

        var created = await Complaints.CreateAsync(details, default);

        Assert.Equal(details, (await Complaints.FindAsync(created.Reference, default))!.Details);
    }

    [Fact]
    public async Task References_count_from_000001_in_each_opening_year()
    {
        var first = await Complaints.CreateAsync(Complaint(Now, Now.AddDays(1)), default);
        var second = await Complaints.CreateAsync(Complaint(Now.AddDays(1), Now.AddDays(2)), default);
        var nextYear = await Complaints.CreateAsync(Complaint(Now.AddYears(1), Now.AddYears(1).AddDays(1)), default);
        var third = await Complaints.CreateAsync(Complaint(Now.AddDays(2), Now.AddDays(3)), default);

        Assert.Equal(
            ["CMP-2026-000001", "CMP-2026-000002", "CMP-2027-000001", "CMP-2026-000003"],
            new[] { first, second, nextYear, third }.Select(c => c.Reference.ToString()));
        Assert.Equal(ComplaintReference.Parse("CMP-2027-000001"), (await Complaints.FindAsync(nextYear.Reference, default))!.Reference);
    }

    [Fact]
    public async Task Concurrent_creates_never_get_the_same_reference()
    {
        const int Count = 24;

        var created = await Task.WhenAll(Enumerable.Range(0, Count).Select(i =>
            Task.Run(() => Complaints.CreateAsync(Complaint(Now.AddMinutes(i), Now.AddDays(1)), CancellationToken.None))));

        Assert.Equal(Enumerable.Range(1, Count), created.Select(c => c.Reference.Serial).Order());
        await using var db = await _store.CreateDbAsync();
        Assert.Equal(Count, await db.Complaints.Select(c => c.Reference).Distinct().CountAsync());
    }

    [Fact]
    public async Task Lifecycle_resolve_no_reopen_resolve_yes_close_is_saved_at_every_step()
    {
        var reference = (await Complaints.CreateAsync(Complaint(Now, Now.AddHours(8)), default)).Reference;
        var firstFix = new ComplaintResolution("Redelivered the parcel", new Compensation(CompensationKind.Discount, 20m), "Wrong route", Now.AddHours(3));
        var secondFix = new ComplaintResolution("Refunded the freight", new Compensation(CompensationKind.Refund, 58.5m), "Sorting error at Wuhan hub", Now.AddHours(6));

        var complaint = await ReloadAsync(reference);
        complaint.AddUpdate(new ComplaintUpdate(Now.AddHours(1), "Transport is checking the route", "Transport"));
        await Complaints.SaveAsync(complaint, default);
        complaint = await ReloadAsync(reference);
        Assert.Equal(ComplaintStatus.InProgress, complaint.Status);
        Assert.Equal("Transport is checking the route", complaint.LatestUpdate!.Text);

        complaint.Resolve(firstFix);
        await Complaints.SaveAsync(complaint, default);
        complaint = await ReloadAsync(reference);
        Assert.Equal(ComplaintStatus.Resolved, complaint.Status);
        Assert.Equal(firstFix, complaint.Resolution);
        Assert.Null(complaint.Lifecycle.SatisfiedWithResult);

        complaint.RecordSatisfaction(false, Now.AddHours(4));
        await Complaints.SaveAsync(complaint, default);
        complaint = await ReloadAsync(reference);
        Assert.Equal(ComplaintStatus.InProgress, complaint.Status);
        Assert.Equal(1, complaint.Lifecycle.ReopenCount);
        Assert.Null(complaint.Resolution);
        Assert.Equal(EscalationReason.NotSatisfiedWithResolution, complaint.EscalationReason);

        complaint.Resolve(secondFix);
        await Complaints.SaveAsync(complaint, default);
        complaint = await ReloadAsync(reference);
        Assert.Equal(ComplaintStatus.Resolved, complaint.Status);
        Assert.Equal(secondFix, complaint.Resolution);

        complaint.RecordSatisfaction(true, Now.AddHours(7));
        await Complaints.SaveAsync(complaint, default);
        complaint = await ReloadAsync(reference);
        Assert.Equal(ComplaintStatus.Closed, complaint.Status);
        Assert.True(complaint.Lifecycle.SatisfiedWithResult);
        Assert.Equal(1, complaint.Lifecycle.ReopenCount);
        Assert.Equal(Now.AddHours(7), complaint.ClosedAt);
        Assert.Equal(secondFix, complaint.Resolution);
        Assert.Single(complaint.Updates);
    }

    [Fact]
    public async Task Save_appends_only_the_new_updates_even_with_sub_millisecond_times()
    {
        var reference = (await Complaints.CreateAsync(Complaint(Now, Now.AddHours(8)), default)).Reference;
        var precise = Now.AddTicks(1_234_567);
        var complaint = await ReloadAsync(reference);
        complaint.AddUpdate(new ComplaintUpdate(precise, "Called the driver", "agent:li"));
        await Complaints.SaveAsync(complaint, default);
        await Complaints.SaveAsync(complaint, default);
        complaint.AddUpdate(new ComplaintUpdate(precise.AddMinutes(5), "Driver confirmed the new slot", "Transport"));
        complaint.AddUpdate(new ComplaintUpdate(precise.AddMinutes(5), "Driver confirmed the new slot", "Transport"));
        await Complaints.SaveAsync(complaint, default);
        complaint.Escalate(EscalationReason.CustomerAskedForPerson);
        await Complaints.SaveAsync(complaint, default);

        var stored = await ReloadAsync(reference);

        Assert.Equal(
            ["Called the driver", "Driver confirmed the new slot", "Driver confirmed the new slot"],
            stored.Updates.Select(u => u.Text));
        Assert.Equal(["agent:li", "Transport", "Transport"], stored.Updates.Select(u => u.Author));
        Assert.Equal(EscalationReason.CustomerAskedForPerson, stored.EscalationReason);
        Assert.True((stored.Updates[0].At - precise).Duration() < TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task Saving_a_complaint_that_was_never_created_fails()
    {
        var stranger = new Complaint(new ComplaintReference(2026, 42), Complaint(Now, Now.AddDays(1)));

        await Assert.ThrowsAsync<InvalidOperationException>(() => Complaints.SaveAsync(stranger, default));
    }

    [Fact]
    public async Task Overdue_lists_unresolved_complaints_whose_promise_passed_strictly_before_now()
    {
        var passed = await Complaints.CreateAsync(Complaint(Now.AddDays(-2), Now.AddHours(-1)), default);
        var justPassed = await Complaints.CreateAsync(Complaint(Now.AddDays(-2), Now.AddTicks(-10_000)), default);
        var dueNow = await Complaints.CreateAsync(Complaint(Now.AddDays(-2), Now), default);
        await Complaints.CreateAsync(Complaint(Now.AddDays(-2), Now.AddHours(1)), default);
        var inProgress = await Complaints.CreateAsync(Complaint(Now.AddDays(-3), Now.AddDays(-1)), default);
        var resolved = await Complaints.CreateAsync(Complaint(Now.AddDays(-3), Now.AddDays(-1)), default);
        var closed = await Complaints.CreateAsync(Complaint(Now.AddDays(-3), Now.AddDays(-1)), default);
        await MoveAsync(inProgress.Reference, c => c.AddUpdate(new ComplaintUpdate(Now.AddDays(-2), "Looking", "bot")));
        await MoveAsync(resolved.Reference, c => c.Resolve(Resolution(Now.AddDays(-2))));
        await MoveAsync(closed.Reference, c =>
        {
            c.Resolve(Resolution(Now.AddDays(-2)));
            c.RecordSatisfaction(true, Now.AddDays(-2));
        });

        // "now" in another offset is the same instant: the promise at exactly now is not yet overdue.
        var overdue = await Complaints.ListOverdueAsync(Now.ToUniversalTime(), default);

        Assert.Equal(
            [inProgress.Reference, passed.Reference, justPassed.Reference],
            overdue.Select(c => c.Reference));
        Assert.All(overdue, c => Assert.True(c.IsOverdue(Now)));
        Assert.False((await Complaints.FindAsync(dueNow.Reference, default))!.IsOverdue(Now));
        Assert.Contains(dueNow.Reference, (await Complaints.ListOverdueAsync(Now.AddTicks(10_000), default)).Select(c => c.Reference));
    }

    private static NewComplaint Complaint(DateTimeOffset openedAt, DateTimeOffset promisedBy) => new(
        openedAt, "directline", new ConversationAddress("directline", "conv-1"), "en-US", "CUST-1003", CustomerTier.General,
        "+86 136 6677 8899", TrackingNumber.Parse("773012345678"), ComplaintCategory.Delay,
        "My parcel is ten days late", "Your parcel is ten days late and you are worried.", "Deliver it tomorrow",
        promisedBy, Department.Transport);

    private static ComplaintResolution Resolution(DateTimeOffset at) => new("Delivered", Compensation.None, null, at);

    private async Task<Complaint> ReloadAsync(ComplaintReference reference) =>
        await Complaints.FindAsync(reference, default) ?? throw new InvalidOperationException($"{reference} vanished.");

    private async Task MoveAsync(ComplaintReference reference, Action<Complaint> change)
    {
        var complaint = await ReloadAsync(reference);
        change(complaint);
        await Complaints.SaveAsync(complaint, default);
    }
}
