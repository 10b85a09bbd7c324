using Bot.Dialogs.Complaints;
using Bot.Domain.Customers;
using Bot.Domain.Language;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Dialogs.Tests.Complaints;

public sealed class ComplaintOptionsTests
{
    private static ComplaintOptions Bind(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddOptions<ComplaintOptions>().BindConfiguration(ComplaintOptions.Section).ValidateDataAnnotations();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<ComplaintOptions>>().Value;
    }

    [Fact]
    public void Defaults_are_shanghai_office_hours_on_weekdays_and_the_built_in_table()
    {
        var options = Bind([]);
        var calendar = options.CreateCalendar();
        var table = options.ServiceLevels.CreateTable();

        Assert.Equal(new TimeOnly(9, 0), calendar.Opens);
        Assert.Equal(new TimeOnly(18, 0), calendar.Closes);
        Assert.Equal(TimeSpan.FromHours(8), calendar.TimeZone.GetUtcOffset(new DateTime(2025, 6, 6, 12, 0, 0, DateTimeKind.Utc)));
        Assert.False(calendar.IsBusinessDay(new DateOnly(2025, 6, 7)));
        Assert.Equal(2000m, options.HighSeverityValue);
        foreach (var category in Enum.GetValues<ComplaintCategory>())
        {
            foreach (var tier in Enum.GetValues<CustomerTier>())
            {
                Assert.Equal(Domain.Complaints.ServiceLevelTable.Default.BusinessTimeFor(category, tier), table.BusinessTimeFor(category, tier));
            }
        }
    }

    [Fact]
    public void Configured_calendar_tiers_and_overrides_are_used()
    {
        var options = Bind(new()
        {
            ["Complaints:TimeZone"] = "Europe/London",
            ["Complaints:BusinessHours:Opens"] = "08:30",
            ["Complaints:BusinessHours:Closes"] = "17:00",
            ["Complaints:BusinessHours:Workdays:0"] = "Saturday",
            ["Complaints:BusinessHours:Holidays:0"] = "2025-06-14",
            ["Complaints:ServiceLevels:Tiers:General"] = "24",
            ["Complaints:ServiceLevels:Overrides:0:Category"] = "PriceOrBilling",
            ["Complaints:ServiceLevels:Overrides:0:Tier"] = "Key",
            ["Complaints:ServiceLevels:Overrides:0:Hours"] = "1.5",
            ["Complaints:HighSeverityValue"] = "500",
        });
        var calendar = options.CreateCalendar();
        var table = options.ServiceLevels.CreateTable();

        Assert.Equal(new TimeOnly(8, 30), calendar.Opens);
        Assert.True(calendar.IsBusinessDay(new DateOnly(2025, 6, 7)));
        Assert.False(calendar.IsBusinessDay(new DateOnly(2025, 6, 14)));
        Assert.False(calendar.IsBusinessDay(new DateOnly(2025, 6, 9)));
        Assert.Equal(TimeSpan.FromHours(24), table.BusinessTimeFor(ComplaintCategory.Delay, CustomerTier.General));
        Assert.Equal(TimeSpan.FromHours(1.5), table.BusinessTimeFor(ComplaintCategory.PriceOrBilling, CustomerTier.Key));
        // A configured list of overrides replaces the built-in ones.
        Assert.Equal(TimeSpan.FromHours(24), table.BusinessTimeFor(ComplaintCategory.ShortageOrLoss, CustomerTier.General));
        Assert.Equal(500m, options.HighSeverityValue);
    }

    [Theory]
    [InlineData("Complaints:TimeZone", "Mars/Olympus_Mons")]
    [InlineData("Complaints:BusinessHours:Closes", "08:00")]
    [InlineData("Complaints:ServiceLevels:Tiers:Key", "0")]
    [InlineData("Complaints:ServiceLevels:Overrides:0:Hours", "-2")]
    [InlineData("Complaints:HighSeverityValue", "-1")]
    public void Invalid_settings_are_refused_at_start(string key, string value)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Bind(new() { [key] = value }));

        Assert.Contains("Complaint", error.Message + string.Join(" ", error.Failures), StringComparison.Ordinal);
    }
}
