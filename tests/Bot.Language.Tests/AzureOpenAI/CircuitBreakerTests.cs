using Microsoft.Extensions.Time.Testing;

namespace Bot.Language.Tests.AzureOpenAI;

public sealed class CircuitBreakerTests
{
    [Fact]
    public async Task Circuit_opens_after_consecutive_failures_and_the_service_is_not_called_while_open()
    {
        var time = new FakeTimeProvider();
        await using var harness = await LanguageModelHarness.StartAsync(time);
        harness.StandIn.ReplyStatus(500);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("offline", (await harness.UnderstandAsync("where is my parcel")).Source);
        }
        harness.StandIn.ReplyContent(ModelAnswers.Understanding());
        var whileOpen = await harness.UnderstandAsync("where is my parcel");

        Assert.Equal("offline", whileOpen.Source);
        Assert.Equal(3, harness.StandIn.Requests.Count);
        Assert.True(harness.Logs.Contains("circuit opened"));
        Assert.True(harness.Logs.Contains("CircuitOpen,"));
    }

    [Fact]
    public async Task Circuit_closes_after_the_break_when_the_trial_call_succeeds()
    {
        var time = new FakeTimeProvider();
        await using var harness = await LanguageModelHarness.StartAsync(time);
        harness.StandIn.ReplyStatus(503);
        for (var i = 0; i < 3; i++)
        {
            await harness.UnderstandAsync("where is my parcel");
        }
        harness.StandIn.ReplyContent(ModelAnswers.Understanding());

        time.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal("offline", (await harness.UnderstandAsync("where is my parcel")).Source);
        time.Advance(TimeSpan.FromSeconds(1));
        var trial = await harness.UnderstandAsync("where is my parcel");
        var next = await harness.UnderstandAsync("where is my parcel");

        Assert.Equal(("azure-openai", "azure-openai"), (trial.Source, next.Source));
        Assert.Equal(5, harness.StandIn.Requests.Count);
    }

    [Fact]
    public async Task Failed_trial_call_reopens_the_circuit_for_another_break()
    {
        var time = new FakeTimeProvider();
        await using var harness = await LanguageModelHarness.StartAsync(time);
        harness.StandIn.ReplyStatus(429, retryAfter: "1");
        for (var i = 0; i < 3; i++)
        {
            await harness.UnderstandAsync("where is my parcel");
        }

        time.Advance(TimeSpan.FromSeconds(30));
        await harness.UnderstandAsync("where is my parcel");
        harness.StandIn.ReplyContent(ModelAnswers.Understanding());
        var afterFailedTrial = await harness.UnderstandAsync("where is my parcel");

        Assert.Equal("offline", afterFailedTrial.Source);
        Assert.Equal(4, harness.StandIn.Requests.Count);
    }

    [Fact]
    public async Task Content_errors_do_not_open_the_circuit()
    {
        await using var harness = await LanguageModelHarness.StartAsync(new FakeTimeProvider());
        harness.StandIn.ReplyContent("not json");
        for (var i = 0; i < 4; i++)
        {
            await harness.UnderstandAsync("where is my parcel");
        }

        Assert.Equal(4, harness.StandIn.Requests.Count);
    }
}
