using Bot.Domain.Language;
using Bot.Language.AzureOpenAI;

namespace Bot.Language.Tests.AzureOpenAI;

public sealed class AzureOpenAIHandoffSummarizerTests
{
    private static readonly ConversationLine[] Lines =
    [
        new("customer", "My parcel RA123456789CN is 10 days late, I want a person", DateTimeOffset.Parse("2026-03-01T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture)),
        new("bot", "I am sorry. Let me bring in a colleague.", DateTimeOffset.Parse("2026-03-01T09:00:05Z", System.Globalization.CultureInfo.InvariantCulture)),
    ];

    [Fact]
    public async Task Summary_is_written_by_the_model_from_the_delimited_conversation()
    {
        await using var harness = await LanguageModelHarness.StartAsync();
        harness.StandIn.ReplyContent("{\"summary\":\"Customer reports RA123456789CN 10 days late and wants an agent.\"}");
        var summarizer = new AzureOpenAIHandoffSummarizer(harness.Chat, new FixedSummarizer(), harness.Logger<AzureOpenAIHandoffSummarizer>());

        var summary = await summarizer.SummarizeAsync(Lines, "zh-CN", CancellationToken.None);

        Assert.Equal("Customer reports RA123456789CN 10 days late and wants an agent.", summary);
        var request = harness.StandIn.LastRequest;
        Assert.Contains("Simplified Chinese", request.MessageContent(0), StringComparison.Ordinal);
        Assert.Contains("customer: My parcel RA123456789CN", request.MessageContent(1), StringComparison.Ordinal);
        Assert.StartsWith(Prompts.OpenTag, request.MessageContent(1), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failing_model_falls_back_to_the_offline_summary()
    {
        await using var harness = await LanguageModelHarness.StartAsync();
        harness.StandIn.ReplyStatus(500);
        var summarizer = new AzureOpenAIHandoffSummarizer(harness.Chat, new FixedSummarizer(), harness.Logger<AzureOpenAIHandoffSummarizer>());

        var summary = await summarizer.SummarizeAsync(Lines, "en-US", CancellationToken.None);

        Assert.Equal(FixedSummarizer.Text, summary);
    }

    [Fact]
    public async Task Complaint_is_classified_by_the_model_and_an_unknown_category_falls_back()
    {
        await using var harness = await LanguageModelHarness.StartAsync();
        var classifier = new AzureOpenAIComplaintClassifier(harness.Chat, new FixedClassifier(), harness.Logger<AzureOpenAIComplaintClassifier>());
        harness.StandIn.ReplyContent("{\"category\":\"DamageOrDeterioration\",\"confidence\":0.8}");
        var fromModel = await classifier.ClassifyAsync("the box arrived crushed", CancellationToken.None);
        harness.StandIn.ReplyContent("{\"category\":\"Refund\",\"confidence\":0.8}");

        var fallback = await classifier.ClassifyAsync("the box arrived crushed", CancellationToken.None);

        Assert.Equal((ComplaintCategory.DamageOrDeterioration, 0.8), fromModel);
        Assert.Equal((ComplaintCategory.Other, 0.1), fallback);
    }

    private sealed class FixedSummarizer : IHandoffSummarizer
    {
        public const string Text = "offline summary";

        public Task<string> SummarizeAsync(IReadOnlyList<ConversationLine> lines, string locale, CancellationToken cancellationToken) =>
            Task.FromResult(Text);
    }

    private sealed class FixedClassifier : IComplaintClassifier
    {
        public Task<(ComplaintCategory Category, double Confidence)> ClassifyAsync(string description, CancellationToken cancellationToken) =>
            Task.FromResult((ComplaintCategory.Other, 0.1));
    }
}
