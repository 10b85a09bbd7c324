using System.Text.Json.Nodes;
using Bot.Protocol.Schema;
using Bot.Runtime.Tests.Infrastructure;
using Bot.Runtime.Turns;

namespace Bot.Runtime.Tests.Turns;

public sealed class CardSubmitMiddlewareTests
{
    [Fact]
    public async Task Submitted_choice_without_text_becomes_the_text()
    {
        var heard = await RunAsync(Message(null, new JsonObject { ["choice"] = " notify " }));

        Assert.Equal("notify", heard);
    }

    [Fact]
    public async Task Typed_text_wins_over_the_submitted_choice()
    {
        var heard = await RunAsync(Message("complain", new JsonObject { ["choice"] = "notify" }));

        Assert.Equal("complain", heard);
    }

    [Theory]
    [InlineData("""{"number":"SF1234567890123"}""")]
    [InlineData("""{"choice":7}""")]
    [InlineData("""{"choice":"   "}""")]
    [InlineData("""["notify"]""")]
    public async Task Value_without_a_choice_text_leaves_the_message_alone(string value)
    {
        var heard = await RunAsync(Message(null, JsonNode.Parse(value)));

        Assert.Null(heard);
    }

    [Fact]
    public async Task Other_activities_are_left_alone()
    {
        var invoke = Message(null, new JsonObject { ["choice"] = "notify" });
        invoke.Type = ActivityTypes.Invoke;

        Assert.Null(await RunAsync(invoke));
    }

    private static Activity Message(string? text, JsonNode? value)
    {
        var message = Activities.Message("c1", text ?? "");
        message.Text = text;
        message.Value = value;
        return message;
    }

    private static async Task<string?> RunAsync(Activity activity)
    {
        string? heard = "not reached";
        var turn = new TurnContext(activity, new RecordingConnector());
        await new CardSubmitMiddleware().OnTurnAsync(turn, _ =>
        {
            heard = turn.Activity.Text;
            return Task.CompletedTask;
        }, CancellationToken.None);
        return heard;
    }
}
