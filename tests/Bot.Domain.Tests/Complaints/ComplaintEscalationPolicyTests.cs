using Bot.Domain.Complaints;
using Bot.Domain.Customers;
using Bot.Domain.Language;

namespace Bot.Domain.Tests.Complaints;

public sealed class ComplaintEscalationPolicyTests
{
    private const decimal Threshold = 2000m;

    public static TheoryData<EscalationSignals, EscalationReason> Threats => new()
    {
        { new EscalationSignals(LegalThreat: true), EscalationReason.LegalThreat },
        { new EscalationSignals(MediaThreat: true), EscalationReason.MediaThreat },
        { new EscalationSignals(RegulatorThreat: true), EscalationReason.RegulatorThreat },
        { new EscalationSignals(SwitchingProvider: true), EscalationReason.SwitchingProvider },
        { new EscalationSignals(AsksForPerson: true), EscalationReason.CustomerAskedForPerson },
    };

    [Theory]
    [MemberData(nameof(Threats))]
    public void A_threat_in_the_customers_words_is_escalated_with_its_reason(EscalationSignals signals, EscalationReason expected)
    {
        var (reason, severity) = ComplaintEscalationPolicy.Decide(signals, CustomerTier.General, ComplaintCategory.Delay, null, Threshold);

        Assert.Equal(expected, reason);
        Assert.Equal(ComplaintSeverity.Normal, severity);
    }

    [Fact]
    public void Legal_threat_is_the_reason_recorded_when_several_apply()
    {
        var signals = new EscalationSignals(MediaThreat: true, LegalThreat: true, SwitchingProvider: true);

        var (reason, severity) = ComplaintEscalationPolicy.Decide(signals, CustomerTier.Key, ComplaintCategory.ShortageOrLoss, null, Threshold);

        Assert.Equal(EscalationReason.LegalThreat, reason);
        Assert.Equal(ComplaintSeverity.High, severity);
    }

    [Fact]
    public void Lost_goods_are_high_severity_and_escalated()
    {
        var (reason, severity) = ComplaintEscalationPolicy.Decide(EscalationSignals.None, CustomerTier.General, ComplaintCategory.ShortageOrLoss, null, Threshold);

        Assert.Equal(EscalationReason.HighSeverity, reason);
        Assert.Equal(ComplaintSeverity.High, severity);
    }

    [Theory]
    [InlineData("2000.01", true)]
    [InlineData("5000", true)]
    [InlineData("2000", false)]
    [InlineData("150", false)]
    [InlineData(null, false)]
    public void Damage_is_high_severity_only_above_the_configured_value(string? declared, bool high)
    {
        var value = declared is null ? (decimal?)null : decimal.Parse(declared, System.Globalization.CultureInfo.InvariantCulture);

        var (reason, severity) = ComplaintEscalationPolicy.Decide(EscalationSignals.None, CustomerTier.General, ComplaintCategory.DamageOrDeterioration, value, Threshold);

        Assert.Equal(high ? ComplaintSeverity.High : ComplaintSeverity.Normal, severity);
        Assert.Equal(high ? EscalationReason.HighSeverity : null, reason);
    }

    [Fact]
    public void A_high_value_outside_damage_does_not_raise_the_severity()
    {
        var (reason, severity) = ComplaintEscalationPolicy.Decide(EscalationSignals.None, CustomerTier.Suitable, ComplaintCategory.Delay, 90_000m, Threshold);

        Assert.Null(reason);
        Assert.Equal(ComplaintSeverity.Normal, severity);
    }

    [Fact]
    public void Key_account_customers_are_escalated_even_for_an_ordinary_complaint()
    {
        var (reason, severity) = ComplaintEscalationPolicy.Decide(EscalationSignals.None, CustomerTier.Key, ComplaintCategory.Delay, null, Threshold);

        Assert.Equal(EscalationReason.KeyAccount, reason);
        Assert.Equal(ComplaintSeverity.Normal, severity);
    }

    [Theory]
    [InlineData(CustomerTier.General)]
    [InlineData(CustomerTier.Suitable)]
    public void An_ordinary_complaint_of_other_customers_stays_with_the_department(CustomerTier tier)
    {
        var (reason, severity) = ComplaintEscalationPolicy.Decide(EscalationSignals.None, tier, ComplaintCategory.PriceOrBilling, 100m, Threshold);

        Assert.Null(reason);
        Assert.Equal(ComplaintSeverity.Normal, severity);
    }
}
