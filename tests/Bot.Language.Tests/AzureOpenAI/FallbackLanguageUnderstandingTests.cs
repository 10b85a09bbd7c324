using System.Diagnostics;
using Bot.Domain.Language;

namespace Bot.Language.Tests.AzureOpenAI;

public sealed class FallbackLanguageUnderstandingTests
{
    [Fact]
    public async Task Model_answer_that_matches_the_schema_is_used()
    {
        await using var harness = await LanguageModelHarness.StartAsync();
        const string text = "Where is my parcel RA123456789CN?? this is taking forever";
        harness.StandIn.ReplyContent(ModelAnswers.Understanding(
            "TrackShipment", "Negative", entities: ("TrackingNumber", "RA123456789CN", "RA123456789CN")));

        var result = await harness.UnderstandAsync(text);

        Assert.Equal("azure-openai", result.Source);
        Assert.Equal(Intent.TrackShipment, result.Intent);
        Assert.Equal(0.93, result.Confidence);
        Assert.Equal(Sentiment.Negative, result.Sentiment);
        var tracking = Assert.Single(result.OfKind(EntityKind.TrackingNumber));
        Assert.Equal(("RA123456789CN", 19), (tracking.Value, tracking.Start));
        var request = harness.StandIn.LastRequest;
        Assert.Equal((LanguageModelHarness.Deployment, LanguageModelHarness.ApiKey), (request.Deployment, request.ApiKey));
        Assert.False(string.IsNullOrEmpty(request.ApiVersion));
        var format = request.Body["response_format"]!;
        Assert.Equal("json_schema", format["type"]!.GetValue<string>());
        Assert.True(format["json_schema"]!["strict"]!.GetValue<bool>());
        var intents = format["json_schema"]!["schema"]!["properties"]!["intent"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());
        Assert.Equal(Enum.GetNames<Intent>(), intents);
        harness.Logs.AssertNoneAboveTraceContains("taking forever");
    }

    [Fact]
    public async Task Malformed_json_from_the_model_falls_back_to_the_offline_recogniser()
    {
        await using var harness = await LanguageModelHarness.StartAsync();
        harness.StandIn.ReplyContent("{\"intent\": \"TrackShipment\", \"confid");

        var result = await harness.UnderstandAsync("where is my parcel");

        Assert.Equal("offline", result.Source);
        Assert.True(harness.Logs.Contains("MalformedJson"));
    }

    [Fact]
    public async Task Answer_missing_a_required_field_falls_back_to_the_offline_recogniser()
    {
        await using var harness = await LanguageModelHarness.StartAsync();
        harness.StandIn.ReplyContent("{\"intent\": \"TrackShipment\", \"confidence\": 0.9}");

        var result = await harness.UnderstandAsync("where is my parcel");

        Assert.Equal("offline", result.Source);
        Assert.True(harness.Logs.Contains("SchemaViolation"));
    }

    [Fact]
    public async Task Intent_outside_the_list_falls_back_to_the_offline_recogniser()
    {
        await using var harness = await LanguageModelHarness.StartAsync();
        harness.StandIn.ReplyContent(ModelAnswers.Understanding("IssueRefund"));

        var result = await harness.UnderstandAsync("give me my money back");

        Assert.Equal("offline", result.Source);
        Assert.Equal(Intent.Help, result.Intent);
        Assert.True(harness.Logs.Contains("IntentOutsideList"));
    }

    [Fact]
    public async Task Tracking_number_the_customer_never_wrote_is_dropped()
    {
        await using var harness = await LanguageModelHarness.StartAsync();
        harness.StandIn.ReplyContent(ModelAnswers.Understanding(
            "TrackShipment",
            entities: [("TrackingNumber", "RA999999999CN", "RA999999999CN"), ("PhoneNumber", "13812345678", "13812345678")]));

        var result = await harness.UnderstandAsync("my parcel never came, call me on 138 1234 5678");

        Assert.Equal("azure-openai", result.Source);
        Assert.Empty(result.OfKind(EntityKind.TrackingNumber));
        Assert.Equal("13812345678", Assert.Single(result.OfKind(EntityKind.PhoneNumber)).Value);
        Assert.True(harness.Logs.Contains("Dropped a TrackingNumber entity"));
    }

    [Fact]
    public async Task Entity_written_in_other_case_width_and_spacing_is_kept_with_a_normalised_value()
    {
        await using var harness = await LanguageModelHarness.StartAsync();
        harness.StandIn.ReplyContent(ModelAnswers.Understanding(
            "TrackShipment", language: "zh", entities: ("TrackingNumber", "SF1234567890123", "SF1234567890123")));

        var result = await harness.UnderstandAsync("我的快递 ｓｆ 1234 5678 90123 到哪了");

        Assert.Equal("SF1234567890123", Assert.Single(result.OfKind(EntityKind.TrackingNumber)).Value);
        Assert.Equal("zh", result.Language);
    }

    [Fact]
    public async Task Identifiers_the_offline_recogniser_found_and_the_model_missed_are_merged()
    {
        var offlineTracking = new RecognizedEntity(EntityKind.TrackingNumber, "JD0012345678901", "JD0012345678901", 30);
        await using var harness = await LanguageModelHarness.StartAsync(offlineEntities: offlineTracking);
        harness.StandIn.ReplyContent(ModelAnswers.Understanding(
            "TrackShipment", entities: ("TrackingNumber", "RA123456789CN", "RA123456789CN")));

        var result = await harness.UnderstandAsync("parcels RA123456789CN and JD0012345678901 are late");

        Assert.Equal("azure-openai", result.Source);
        Assert.Equal(["RA123456789CN", "JD0012345678901"], result.OfKind(EntityKind.TrackingNumber).Select(e => e.Value));
    }

    [Theory]
    [InlineData(429, "RateLimited")]
    [InlineData(500, "ServerError")]
    [InlineData(503, "ServerError")]
    public async Task Service_error_falls_back_at_once_without_retrying(int status, string reason)
    {
        await using var harness = await LanguageModelHarness.StartAsync();
        harness.StandIn.ReplyStatus(status, retryAfter: "20");

        var result = await harness.UnderstandAsync("where is my parcel");

        Assert.Equal("offline", result.Source);
        Assert.Single(harness.StandIn.Requests);
        Assert.True(harness.Logs.Contains(reason));
    }

    [Fact]
    public async Task Model_slower_than_the_timeout_falls_back_when_the_timeout_expires()
    {
        await using var harness = await LanguageModelHarness.StartAsync(timeout: TimeSpan.FromMilliseconds(300));
        harness.StandIn.Hang();
        var stopwatch = Stopwatch.StartNew();

        var result = await harness.UnderstandAsync("where is my parcel");

        Assert.Equal("offline", result.Source);
        Assert.InRange(stopwatch.Elapsed, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(3));
        Assert.True(harness.Logs.Contains("Timeout"));
    }

    [Fact]
    public async Task Cancellation_by_the_caller_is_not_turned_into_a_fallback()
    {
        await using var harness = await LanguageModelHarness.StartAsync();
        harness.StandIn.Hang();
        using var cancellation = new CancellationTokenSource();
        var arrived = harness.StandIn.NextRequest();

        var understanding = harness.Understanding.UnderstandAsync(new UnderstandingRequest("hello"), cancellation.Token);
        await arrived.WaitAsync(TimeSpan.FromSeconds(5));
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => understanding);
        Assert.Equal(0, harness.Offline.Calls);
    }
}
