using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Protocol.Tests.Schema;

public sealed class ActivityRoundTripTests
{
    // Verbatim from WEBCHAT.md: Web Chat 4.18's first message in a connection.
    private const string WebChatFirstMessage = """
        {"attachments":[],"channelData":{"attachmentSizes":[],"clientActivityID":"ppeu5aeq0y"},"text":"hello","textFormat":"plain",
         "type":"message","channelId":"webchat","from":{"id":"user1","name":"Spike User","role":"user"},"locale":"en-US",
         "localTimestamp":"2026-11-26T03:05:36.043Z","localTimezone":"UTC",
         "entities":[{"requiresBotState":true,"supportsListening":true,"supportsTts":true,"type":"ClientCapabilities"}]}
        """;

    // Adaptive Card Action.Submit with object data, as Web Chat posts it after the Direct Line server stamped it.
    private const string WebChatCardSubmit = """
        {"type":"message","id":"conv-1|0000007","timestamp":"2026-11-26T03:06:01.5Z","channelId":"webchat",
         "conversation":{"id":"conv-1"},"from":{"id":"user1","name":"Spike User","role":"user"},"locale":"en-US",
         "localTimestamp":"2026-11-26T04:06:01.512+01:00","localTimezone":"Europe/Berlin",
         "channelData":{"postBack":true,"clientActivityID":"k2m9x0a1bq"},"value":{"kind":"submit","name":"Ada"}}
        """;

    // Emulator shapes (PROTOCOL.md §8): "open bot" conversationUpdate and a user message.
    private const string EmulatorConversationUpdate = """
        {"type":"conversationUpdate","id":"e1f0c2a0-6d1b-11ef-9a4b-3b0a1c2d3e4f","channelId":"emulator",
         "serviceUrl":"http://localhost:52413","timestamp":"2026-11-26T10:00:00.123Z",
         "localTimestamp":"2026-11-26T03:00:00.123-07:00","locale":"en-US",
         "conversation":{"id":"5f3c1a20-6d1b-11ef-8e2f-1b2c3d4e5f60|livechat"},
         "from":{"id":"9c2a8d4e-1f3b-4c5d-8e7f-0a1b2c3d4e5f","name":"User","role":"user"},
         "recipient":{"id":"bot-1","name":"Bot","role":"bot"},
         "membersAdded":[{"id":"9c2a8d4e-1f3b-4c5d-8e7f-0a1b2c3d4e5f","name":"User","role":"user"},{"id":"bot-1","name":"Bot","role":"bot"}]}
        """;

    private const string EmulatorMessage = """
        {"type":"message","id":"7a1d9b30-6d1b-11ef-9a4b-3b0a1c2d3e4f","channelId":"emulator","serviceUrl":"http://localhost:52413",
         "timestamp":"2026-11-26T10:00:05.4714686Z","localTimestamp":"2026-11-26T03:00:05.4714686-07:00","localTimezone":"America/Los_Angeles",
         "locale":"en-US","text":"","textFormat":"plain","conversation":{"id":"5f3c1a20-6d1b-11ef-8e2f-1b2c3d4e5f60|livechat"},
         "from":{"id":"9c2a8d4e-1f3b-4c5d-8e7f-0a1b2c3d4e5f","name":"User","role":"user"},
         "recipient":{"id":"bot-1","name":"Bot","role":"bot"},"attachments":[],"entities":[],
         "channelData":{"clientActivityID":"17326155054710.abc","clientTimestamp":"2026-11-26T10:00:05.471Z"}}
        """;

    public static TheoryData<int, string, string> TeamsCases => TeamsActivities.Cases();

    [Theory]
    [MemberData(nameof(TeamsCases))]
    public void Recorded_Teams_activity_round_trips_unchanged(int line, string scenario, string type)
    {
        var json = TeamsActivities.All[line].Json;

        var (activity, output) = WireJson.RoundTrip(json);

        Assert.Equal(type, activity.Type);
        Assert.False(string.IsNullOrEmpty(scenario));
        WireJson.AssertSemanticallyEqual(json, output);
        WireJson.AssertNoNulls(output);
        AssertTextIsString(json, output);
    }

    [Theory]
    [InlineData(WebChatFirstMessage)]
    [InlineData(WebChatCardSubmit)]
    [InlineData(EmulatorConversationUpdate)]
    [InlineData(EmulatorMessage)]
    public void Web_Chat_and_Emulator_activities_round_trip_unchanged(string json)
    {
        var (_, output) = WireJson.RoundTrip(json);

        WireJson.AssertSemanticallyEqual(json, output);
        WireJson.AssertNoNulls(output);
        AssertTextIsString(json, output);
    }

    [Fact]
    public void Web_Chat_first_message_exposes_client_capabilities_and_client_activity_id()
    {
        var (activity, output) = WireJson.RoundTrip(WebChatFirstMessage);

        var capabilities = Assert.Single(activity.Entities!);
        Assert.Equal("ClientCapabilities", capabilities.Type);
        Assert.True(capabilities.Properties!["requiresBotState"].GetBoolean());
        Assert.Equal("ppeu5aeq0y", activity.ChannelData!["clientActivityID"]!.GetValue<string>());
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 3, 5, 36, 43, TimeSpan.Zero), activity.LocalTimestamp);
        Assert.Equal("ppeu5aeq0y", output["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Equal(JsonValueKind.String, output["text"]!.GetValueKind());
    }

    [Fact]
    public void Card_submit_arrives_as_value_with_postBack_flag_and_no_text()
    {
        var (activity, output) = WireJson.RoundTrip(WebChatCardSubmit);

        Assert.Null(activity.Text);
        Assert.Equal("submit", activity.Value!["kind"]!.GetValue<string>());
        Assert.True(activity.ChannelData!["postBack"]!.GetValue<bool>());
        Assert.False(output.AsObject().ContainsKey("text"));
        Assert.Equal("2026-11-26T04:06:01.512+01:00", output["localTimestamp"]!.GetValue<string>());
    }

    [Fact]
    public void Emulator_livechat_conversation_keeps_its_id_and_local_offset()
    {
        var (activity, output) = WireJson.RoundTrip(EmulatorConversationUpdate);

        Assert.EndsWith("|livechat", activity.Conversation!.Id, StringComparison.Ordinal);
        Assert.Equal(["user", "bot"], activity.MembersAdded!.Select(m => m.Role));
        Assert.Equal(TimeSpan.FromHours(-7), activity.LocalTimestamp!.Value.Offset);
        Assert.Equal("2026-11-26T03:00:00.123-07:00", output["localTimestamp"]!.GetValue<string>());
        Assert.Equal("2026-11-26T10:00:00.123Z", output["timestamp"]!.GetValue<string>());
    }

    [Fact]
    public void Adaptive_card_action_invoke_keeps_name_and_open_value()
    {
        var json = TeamsActivities.Find("adaptiveCard.execute+submit", a => a["name"]?.GetValue<string>() == "adaptiveCard/action");

        var (activity, output) = WireJson.RoundTrip(json);

        Assert.Equal("invoke", activity.Type);
        Assert.Equal("adaptiveCard/action", activity.Name);
        Assert.Equal("Action.Execute", activity.Value!["action"]!["type"]!.GetValue<string>());
        Assert.Equal("doStuff", activity.Value["action"]!["verb"]!.GetValue<string>());
        Assert.Equal("exec", output["value"]!["action"]!["data"]!["k"]!.GetValue<string>());
        WireJson.AssertSemanticallyEqual(json, output);
    }

    private static void AssertTextIsString(string input, JsonNode output)
    {
        var inputHasText = JsonNode.Parse(input)!.AsObject().ContainsKey("text");
        Assert.Equal(inputHasText, output.AsObject().ContainsKey("text"));
        if (inputHasText)
        {
            Assert.Equal(JsonValueKind.String, output["text"]!.GetValueKind());
        }
    }
}
