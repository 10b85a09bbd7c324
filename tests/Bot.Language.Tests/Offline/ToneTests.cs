using Bot.Domain.Language;

namespace Bot.Language.Tests.Offline;

public sealed class ToneTests
{
    [Theory]
    [InlineData("Where is my parcel?", Sentiment.Neutral)]
    [InlineData("thank you, great service", Sentiment.Positive)]
    [InlineData("the delivery was bad", Sentiment.Negative)]
    [InlineData("I am not happy with this", Sentiment.Negative)]
    [InlineData("This is the WORST service EVER!!!", Sentiment.StronglyNegative)]
    [InlineData("absolutely disgusting, a total scam", Sentiment.StronglyNegative)]
    [InlineData("气死了", Sentiment.StronglyNegative)]
    [InlineData("你们服务太差了", Sentiment.StronglyNegative)]
    [InlineData("垃圾快递", Sentiment.StronglyNegative)]
    [InlineData("有点失望", Sentiment.Negative)]
    [InlineData("谢谢，很满意", Sentiment.Positive)]
    [InlineData("我的快递到哪了", Sentiment.Neutral)]
    public void Sentiment_reads_words_intensifiers_negation_and_shouting(string text, Sentiment expected) =>
        Assert.Equal(expected, Recogniser.Understand(text).Sentiment);

    [Theory]
    [InlineData("let me talk to a human", "person")]
    [InlineData("转人工", "person")]
    [InlineData("I will contact my lawyer", "legal")]
    [InlineData("I'm going to sue you", "legal")]
    [InlineData("我要去法院起诉你们", "legal")]
    [InlineData("I'll tell the newspaper about this", "media")]
    [InlineData("I'll post it on social media", "media")]
    [InlineData("我要找媒体曝光", "media")]
    [InlineData("reporting you to the postal bureau", "regulator")]
    [InlineData("我要打12315", "regulator")]
    [InlineData("我要投诉到消协", "regulator")]
    [InlineData("I'll never use you again", "switch")]
    [InlineData("下次换一家", "switch")]
    [InlineData("再也不用你们了", "switch")]
    public void Escalation_signals_are_detected(string text, string expected)
    {
        var s = Recogniser.Understand(text).Signals;
        bool[] actual = [s.AsksForPerson, s.LegalThreat, s.MediaThreat, s.RegulatorThreat, s.SwitchingProvider];
        bool[] wanted = [expected == "person", expected == "legal", expected == "media", expected == "regulator", expected == "switch"];
        Assert.Equal(wanted, actual);
    }

    [Theory]
    [InlineData("I'm not going to sue, just tell me where it is")]
    [InlineData("不用转人工")]
    [InlineData("Where is my parcel?")]
    public void Negated_or_absent_signals_are_not_raised(string text) =>
        Assert.False(Recogniser.Understand(text).Signals.Any);

    [Theory]
    [InlineData("it has been delayed for a week", ComplaintCategory.Delay)]
    [InlineData("the vase arrived broken", ComplaintCategory.DamageOrDeterioration)]
    [InlineData("my parcel was lost", ComplaintCategory.ShortageOrLoss)]
    [InlineData("you delivered the wrong item", ComplaintCategory.DispatchOrDocumentError)]
    [InlineData("the courier was rude and shouted at me", ComplaintCategory.StaffAttitudeOrConduct)]
    [InlineData("he just left it outside without calling", ComplaintCategory.DeliveryHandling)]
    [InlineData("tracking shows no update for days, it's stuck", ComplaintCategory.TrackingInfoSlowOrMissing)]
    [InlineData("I was overcharged on the shipping fee", ComplaintCategory.PriceOrBilling)]
    [InlineData("the installation was never done", ComplaintCategory.ValueAddedServiceFailure)]
    [InlineData("your van caused an accident", ComplaintCategory.AccidentOrIncident)]
    [InlineData("快递延误了三天", ComplaintCategory.Delay)]
    [InlineData("东西碎了", ComplaintCategory.DamageOrDeterioration)]
    [InlineData("包裹丢了", ComplaintCategory.ShortageOrLoss)]
    [InlineData("送错地址了，发错件", ComplaintCategory.DispatchOrDocumentError)]
    [InlineData("快递员态度很差还骂人", ComplaintCategory.StaffAttitudeOrConduct)]
    [InlineData("没打电话就放门口了", ComplaintCategory.DeliveryHandling)]
    [InlineData("物流信息一直不更新", ComplaintCategory.TrackingInfoSlowOrMissing)]
    [InlineData("运费多收了", ComplaintCategory.PriceOrBilling)]
    [InlineData("保价服务没有用", ComplaintCategory.ValueAddedServiceFailure)]
    [InlineData("运输车出了事故", ComplaintCategory.AccidentOrIncident)]
    public async Task Complaint_category_is_classified_in_both_languages(string text, ComplaintCategory expected)
    {
        var (category, confidence) = await new Bot.Language.Offline.OfflineComplaintClassifier().ClassifyAsync(text, CancellationToken.None);
        Assert.Equal(expected, category);
        Assert.InRange(confidence, 0.01, 1);
        Assert.Contains(Recogniser.Understand(text).OfKind(EntityKind.ComplaintCategory), e => e.Value == expected.ToString());
    }

    [Fact]
    public async Task A_description_without_clues_is_other() =>
        Assert.Equal(ComplaintCategory.Other,
            (await new Bot.Language.Offline.OfflineComplaintClassifier().ClassifyAsync("hello there", CancellationToken.None)).Category);
}
