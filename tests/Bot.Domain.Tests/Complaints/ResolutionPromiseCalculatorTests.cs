using Bot.Domain.Complaints;
using Bot.Domain.Customers;
using Bot.Domain.Language;

namespace Bot.Domain.Tests.Complaints;

public sealed class ResolutionPromiseCalculatorTests
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    private static readonly BusinessCalendar Calendar =
        BusinessCalendar.Weekdays("Asia/Shanghai", new TimeOnly(9, 0), new TimeOnly(18, 0));

    private static readonly ResolutionPromiseCalculator Calculator = new(ServiceLevelTable.Default, Calendar);

    [Fact]
    public void Promise_made_on_friday_afternoon_skips_the_weekend()
    {
        var friday = new DateTimeOffset(2025, 3, 7, 16, 0, 0, Shanghai);

        var promised = Calculator.PromisedResolution(ComplaintCategory.Delay, CustomerTier.Key, friday);

        Assert.Equal(new DateTimeOffset(2025, 3, 10, 11, 0, 0, Shanghai), promised);
    }

    [Fact]
    public void Promise_crossing_the_end_of_a_business_day_continues_next_morning()
    {
        var tuesdayEvening = new DateTimeOffset(2025, 3, 4, 17, 0, 0, Shanghai);

        var promised = Calendar.AddBusinessTime(tuesdayEvening, TimeSpan.FromHours(2));

        Assert.Equal(new DateTimeOffset(2025, 3, 5, 10, 0, 0, Shanghai), promised);
    }

    [Fact]
    public void Start_given_in_utc_is_counted_in_shanghai_business_hours()
    {
        var tuesday1730InShanghai = new DateTimeOffset(2025, 3, 4, 9, 30, 0, TimeSpan.Zero);

        var promised = Calendar.AddBusinessTime(tuesday1730InShanghai, TimeSpan.FromHours(1));

        Assert.Equal(new DateTimeOffset(2025, 3, 5, 9, 30, 0, Shanghai), promised);
        Assert.Equal(Shanghai, promised.Offset);
    }

    [Fact]
    public void Complaint_opened_at_the_weekend_starts_counting_on_monday_morning()
    {
        var saturdayNight = new DateTimeOffset(2025, 3, 8, 22, 0, 0, Shanghai);

        var promised = Calculator.PromisedResolution(ComplaintCategory.ShortageOrLoss, CustomerTier.General, saturdayNight);

        Assert.Equal(new DateTimeOffset(2025, 3, 10, 17, 0, 0, Shanghai), promised);
    }

    [Fact]
    public void Deadline_exactly_at_closing_time_stays_on_that_day()
    {
        var tuesday = new DateTimeOffset(2025, 3, 4, 16, 0, 0, Shanghai);

        Assert.Equal(new DateTimeOffset(2025, 3, 4, 18, 0, 0, Shanghai), Calendar.AddBusinessTime(tuesday, TimeSpan.FromHours(2)));
    }

    [Fact]
    public void Holidays_are_skipped_like_weekends()
    {
        var calendar = BusinessCalendar.Weekdays("Asia/Shanghai", new TimeOnly(9, 0), new TimeOnly(18, 0), [new DateOnly(2025, 3, 10)]);
        var friday = new DateTimeOffset(2025, 3, 7, 17, 0, 0, Shanghai);

        Assert.Equal(new DateTimeOffset(2025, 3, 11, 10, 0, 0, Shanghai), calendar.AddBusinessTime(friday, TimeSpan.FromHours(2)));
    }

    [Fact]
    public void Sla_table_uses_the_category_row_before_the_tier_default()
    {
        var table = new ServiceLevelTable(
            new Dictionary<CustomerTier, TimeSpan>
            {
                [CustomerTier.Key] = TimeSpan.FromHours(3),
                [CustomerTier.Suitable] = TimeSpan.FromHours(6),
                [CustomerTier.General] = TimeSpan.FromHours(9),
            },
            [new ServiceLevelEntry(ComplaintCategory.PriceOrBilling, CustomerTier.General, TimeSpan.FromHours(27))]);

        Assert.Equal(TimeSpan.FromHours(27), table.BusinessTimeFor(ComplaintCategory.PriceOrBilling, CustomerTier.General));
        Assert.Equal(TimeSpan.FromHours(9), table.BusinessTimeFor(ComplaintCategory.Delay, CustomerTier.General));
        Assert.Equal(TimeSpan.FromHours(3), table.BusinessTimeFor(ComplaintCategory.PriceOrBilling, CustomerTier.Key));
    }

    [Fact]
    public void Sla_table_without_a_time_for_every_tier_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new ServiceLevelTable(new Dictionary<CustomerTier, TimeSpan> { [CustomerTier.Key] = TimeSpan.FromHours(1) }));
    }

    [Fact]
    public void Unresolved_complaint_past_its_promise_is_overdue_but_a_resolved_one_is_not()
    {
        var promised = new DateTimeOffset(2025, 3, 4, 18, 0, 0, Shanghai);

        Assert.True(ResolutionPromiseCalculator.IsOverdue(promised, ComplaintStatus.InProgress, promised.AddMinutes(1)));
        Assert.False(ResolutionPromiseCalculator.IsOverdue(promised, ComplaintStatus.InProgress, promised));
        Assert.False(ResolutionPromiseCalculator.IsOverdue(promised, ComplaintStatus.Resolved, promised.AddDays(1)));
    }
}
