using Bot.Domain.Language;
using Bot.Language.Offline;

namespace Bot.Language.Tests.Offline;

public sealed class OfflineHandoffSummarizerTests
{
    private static readonly DateTimeOffset Start = Recogniser.Now;

    private static ConversationLine Line(string speaker, string text, int minute) => new(speaker, text, Start.AddMinutes(minute));

    [Fact]
    public async Task Summary_quotes_the_customers_key_lines_and_lists_what_was_found()
    {
        var summarizer = new OfflineHandoffSummarizer(Recogniser.Create());
        ConversationLine[] lines =
        [
            Line("customer", "hi", 0),
            Line("bot", "Hello! How can I help?", 1),
            Line("customer", "My parcel SF1234567890123 arrived smashed!!! I want a refund", 2),
            Line("customer", "call me on 13812345678", 3),
            Line("customer", "if not I will contact my lawyer", 4),
        ];

        var summary = await summarizer.SummarizeAsync(lines, "en-US", CancellationToken.None);

        Assert.Contains("SF1234567890123", summary);
        Assert.Contains("13812345678", summary);
        Assert.Contains("refund", summary);
        Assert.Contains("DamageOrDeterioration", summary);
        Assert.Contains("legal threat", summary);
        Assert.Contains("arrived smashed", summary);
        Assert.DoesNotContain("How can I help", summary);
        Assert.DoesNotContain("- [12:00] hi", summary);
    }

    [Fact]
    public async Task Chinese_summary_uses_chinese_labels()
    {
        var summarizer = new OfflineHandoffSummarizer(Recogniser.Create());
        ConversationLine[] lines = [Line("customer", "快递YT1234567890123丢了，我要赔偿，不然找媒体曝光", 0)];

        var summary = await summarizer.SummarizeAsync(lines, "zh-CN", CancellationToken.None);

        Assert.Contains("运单号: YT1234567890123", summary);
        Assert.Contains("ShortageOrLoss", summary);
        Assert.Contains("提及媒体", summary);
        Assert.Contains("客户关键原话", summary);
    }

    [Fact]
    public async Task Conversation_without_customer_lines_says_so()
    {
        var summary = await new OfflineHandoffSummarizer(Recogniser.Create())
            .SummarizeAsync([Line("bot", "Hello", 0)], "en", CancellationToken.None);
        Assert.Equal("The customer has not written anything yet.", summary);
    }
}
