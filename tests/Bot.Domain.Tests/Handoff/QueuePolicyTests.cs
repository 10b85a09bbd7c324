using Bot.Domain.Complaints;
using Bot.Domain.Customers;
using Bot.Domain.Handoff;

namespace Bot.Domain.Tests.Handoff;

public sealed class QueuePolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    private static QueueItem Item(
        string id, CustomerTier tier, double minutesWaiting, Skill skill = Skill.Tracking, string language = "en",
        ComplaintSeverity severity = ComplaintSeverity.Normal, EscalationReason reason = EscalationReason.CustomerAskedForPerson) =>
        new(id, reason, tier, severity, skill, language, "webchat", Now.AddMinutes(-minutesWaiting));

    private static AgentAvailability Agent(string id, int active, int capacity = 3, AgentPresence presence = AgentPresence.Online,
        Skill[]? skills = null, string[]? languages = null) =>
        new(id, new HashSet<Skill>(skills ?? [Skill.Tracking, Skill.Complaints]), new HashSet<string>(languages ?? ["en", "zh"]),
            presence, capacity, active);

    [Fact]
    public void Key_account_goes_ahead_of_a_general_customer_who_waited_a_little_longer()
    {
        var queue = QueuePolicy.Default.Order([Item("general", CustomerTier.General, 10), Item("key", CustomerTier.Key, 1)], Now);

        Assert.Equal(["key", "general"], queue.Select(i => i.EscalationId));
    }

    [Fact]
    public void Ageing_lets_a_long_waiting_general_customer_overtake_a_new_key_account()
    {
        var queue = QueuePolicy.Default.Order([Item("key", CustomerTier.Key, 1), Item("general", CustomerTier.General, 90)], Now);

        Assert.Equal(["general", "key"], queue.Select(i => i.EscalationId));
    }

    [Fact]
    public void Equal_priority_is_first_come_first_served()
    {
        var queue = QueuePolicy.Default.Order([Item("second", CustomerTier.General, 5), Item("first", CustomerTier.General, 5.5)], Now);

        Assert.Equal(["first", "second"], queue.Select(i => i.EscalationId));
    }

    [Fact]
    public void High_severity_and_legal_threats_raise_priority()
    {
        var policy = QueuePolicy.Default;
        var plain = policy.Priority(Item("a", CustomerTier.General, 0), Now);

        Assert.True(policy.Priority(Item("b", CustomerTier.General, 0, severity: ComplaintSeverity.High), Now) > plain);
        Assert.True(policy.Priority(Item("c", CustomerTier.General, 0, reason: EscalationReason.LegalThreat), Now) > plain);
    }

    [Fact]
    public void Position_is_one_based_and_zero_when_absent()
    {
        var items = new[] { Item("a", CustomerTier.General, 3), Item("b", CustomerTier.General, 2) };

        Assert.Equal(1, QueuePolicy.Default.PositionOf("a", items, Now));
        Assert.Equal(2, QueuePolicy.Default.PositionOf("b", items, Now));
        Assert.Equal(0, QueuePolicy.Default.PositionOf("zzz", items, Now));
    }

    [Fact]
    public void Auto_assignment_picks_the_least_busy_eligible_agent()
    {
        var item = Item("x", CustomerTier.General, 1, Skill.Complaints, "zh");
        var agents = new[]
        {
            Agent("busy", active: 2),
            Agent("idle-but-away", active: 0, presence: AgentPresence.Away),
            Agent("idle-no-chinese", active: 0, languages: ["en"]),
            Agent("idle-no-skill", active: 0, skills: [Skill.Billing]),
            Agent("light", active: 1),
        };

        Assert.Equal("light", QueuePolicy.PickAgent(item, agents)?.AgentId);
    }

    [Fact]
    public void An_agent_at_capacity_gets_nothing_more()
    {
        var item = Item("x", CustomerTier.Key, 1);

        Assert.Null(QueuePolicy.PickAgent(item, [Agent("full", active: 3, capacity: 3)]));
    }

    [Fact]
    public void Wait_estimate_is_unknown_without_data_or_agents_and_grows_with_position()
    {
        TimeSpan[] handled = [TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(6)];

        Assert.Null(WaitEstimator.Estimate(1, agentsOnline: 2, recentHandleTimes: []));
        Assert.Null(WaitEstimator.Estimate(1, agentsOnline: 0, recentHandleTimes: handled));
        Assert.Equal(TimeSpan.FromMinutes(5), WaitEstimator.Estimate(1, 2, handled));
        Assert.Equal(TimeSpan.FromMinutes(5), WaitEstimator.Estimate(2, 2, handled));
        Assert.Equal(TimeSpan.FromMinutes(10), WaitEstimator.Estimate(3, 2, handled));
    }

    [Fact]
    public void Opening_hours_follow_the_business_calendar_time_zone()
    {
        var calendar = BusinessCalendar.Weekdays("Asia/Shanghai", new TimeOnly(9, 0), new TimeOnly(18, 0));
        var fridayEvening = new DateTimeOffset(2026, 11, 20, 18, 0, 0, TimeSpan.FromHours(8));
        var fridayMorningUtc = new DateTimeOffset(2026, 11, 20, 1, 30, 0, TimeSpan.Zero);

        Assert.True(calendar.IsOpenAt(fridayMorningUtc));
        Assert.False(calendar.IsOpenAt(fridayEvening));
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(8)), calendar.NextOpening(fridayEvening));
        Assert.Equal(fridayMorningUtc, calendar.NextOpening(fridayMorningUtc));
    }
}
