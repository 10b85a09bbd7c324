using Bot.Domain.Language;

namespace Bot.Language.Tests.Offline;

public sealed class EntityTests
{
    private static string[] Values(string text, EntityKind kind) =>
        Recogniser.Understand(text).OfKind(kind).Select(e => e.Value).ToArray();

    [Fact]
    public void Every_tracking_number_in_a_message_is_found_upper_cased_and_once()
    {
        var found = Values(
            "I have three: ra123456789cn, SF1234567890123 and 7712345678901, also RA123456789CN again and zto123456789012",
            EntityKind.TrackingNumber);
        Assert.Equal(["RA123456789CN", "SF1234567890123", "7712345678901", "ZTO123456789012"], found);
    }

    [Fact]
    public void Tracking_numbers_are_found_inside_chinese_text()
    {
        var found = Values("单号SF1234567890123和YT1234567890123都没到，还有JD0012345678901", EntityKind.TrackingNumber);
        Assert.Equal(["SF1234567890123", "YT1234567890123", "JD0012345678901"], found);
    }

    [Theory]
    [InlineData("call me on 13812345678")]
    [InlineData("我的手机是13912345678")]
    public void A_chinese_mobile_number_is_a_phone_not_a_waybill(string text)
    {
        Assert.Empty(Values(text, EntityKind.TrackingNumber));
        Assert.Single(Values(text, EntityKind.PhoneNumber));
    }

    [Theory]
    [InlineData("call 138 1234 5678", "13812345678")]
    [InlineData("+86 139-1234-5678", "13912345678")]
    [InlineData("my number is +44 7911 123456", "+447911123456")]
    [InlineData("座机010-12345678", "010-12345678")]
    [InlineData("ring (021) 87654321", "021-87654321")]
    public void Phone_numbers_are_normalised(string text, string expected) =>
        Assert.Equal([expected], Values(text, EntityKind.PhoneNumber));

    [Theory]
    [InlineData("order 12345678 never came", "12345678")]
    [InlineData("my order number is A-99881", "A-99881")]
    [InlineData("订单号：20240301889 还没发货", "20240301889")]
    public void Order_numbers_follow_the_word_order(string text, string expected)
    {
        Assert.Equal([expected], Values(text, EntityKind.OrderNumber));
        Assert.Empty(Values(text, EntityKind.TrackingNumber));
    }

    [Theory]
    [InlineData("complaint CMP-2026-000123 please", "CMP-2026-000123")]
    [InlineData("投诉编号cmp2026000456", "CMP-2026-000456")]
    public void Complaint_references_are_normalised(string text, string expected) =>
        Assert.Equal([expected], Values(text, EntityKind.ComplaintReference));

    [Theory]
    [InlineData("it was supposed to come yesterday", "2026-03-14")]
    [InlineData("deliver it tomorrow", "2026-03-16")]
    [InlineData("昨天就应该到了", "2026-03-14")]
    [InlineData("明天能送吗", "2026-03-16")]
    [InlineData("shipped on 2026-03-02", "2026-03-02")]
    [InlineData("3月1日寄出的", "2026-03-01")]
    [InlineData("12月1日寄的", "2025-12-01")]
    [InlineData("sent on December 1st", "2025-12-01")]
    [InlineData("sent on 3 March", "2026-03-03")]
    public void Dates_are_iso_relative_to_today(string text, string expected) =>
        Assert.Equal([expected], Values(text, EntityKind.Date));

    [Theory]
    [InlineData("I want a refund", "refund")]
    [InlineData("I expect compensation for this", "compensation")]
    [InlineData("please redeliver it on Monday", "redeliver")]
    [InlineData("我要退款", "refund")]
    [InlineData("必须赔偿", "compensation")]
    [InlineData("请重新派送", "redeliver")]
    public void Desired_resolution_is_recognised(string text, string expected) =>
        Assert.Contains(expected, Values(text, EntityKind.DesiredResolution));

    [Fact]
    public void A_refused_resolution_is_not_the_desired_one() =>
        Assert.Equal(["redeliver"], Values("I don't want a refund, just redeliver it", EntityKind.DesiredResolution));

    [Fact]
    public void Entity_text_and_start_point_at_the_literal_span()
    {
        const string text = "parcel sf1234567890123 is late";
        var entity = Assert.Single(Recogniser.Understand(text).OfKind(EntityKind.TrackingNumber));
        Assert.Equal("sf1234567890123", entity.Text);
        Assert.Equal(text.IndexOf("sf", StringComparison.Ordinal), entity.Start);
    }
}
