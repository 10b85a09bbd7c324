using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Protocol.Schema;

namespace Bot.Protocol.Tests.Schema;

public sealed class ActivityShapeTests
{
    private const string TenantId = "11111111-1111-1111-1111-111111111111";
    private const string BotId = "28:00000000-0000-0000-0000-0000000000b0";

    [Fact]
    public void Unknown_fields_survive_at_every_level()
    {
        var json = """
            {"type":"message","id":"1","legacy":{"replyToId":"1:abc"},"text":"hi",
             "from":{"id":"29:u","name":"U","x-extra":{"score":1}},
             "recipient":{"id":"28:b","agenticAppId":"app","vendorFlag":true},
             "conversation":{"id":"a:1","conversationType":"personal","shard":"emea"},
             "attachments":[{"contentType":"image/png","contentUrl":"https://x/a.png","crop":[1,2]}],
             "entities":[{"type":"GeoCoordinates","latitude":47.6,"longitude":-122.1}],
             "suggestedActions":{"actions":[{"type":"imBack","title":"Yes","value":"yes","style":"positive"}]},
             "channelData":{"tenant":{"id":"t"},"futureThing":{"a":1}}}
            """;

        var (activity, output) = WireJson.RoundTrip(json);

        WireJson.AssertSemanticallyEqual(json, output);
        Assert.Equal("1:abc", activity.Properties!["legacy"].GetProperty("replyToId").GetString());
        Assert.Equal(1, activity.From!.Properties!["x-extra"].GetProperty("score").GetInt32());
        Assert.Equal("app", activity.Recipient!.AgenticAppId);
        Assert.Equal("emea", activity.Conversation!.Properties!["shard"].GetString());
        Assert.Equal(2, activity.Attachments![0].Properties!["crop"].GetArrayLength());
        Assert.Equal(47.6, activity.Entities![0].Properties!["latitude"].GetDouble());
        Assert.Equal("positive", activity.SuggestedActions!.Actions[0].Properties!["style"].GetString());
        var teams = TeamsChannelData.From(activity)!;
        Assert.Equal(1, teams.Properties!["futureThing"].GetProperty("a").GetInt32());
        Assert.Equal(1, teams.ToJsonNode()["futureThing"]!["a"]!.GetValue<int>());
    }

    [Fact]
    public void Nulls_are_never_written()
    {
        var reply = new Activity { Type = ActivityTypes.Message, Id = "in-1", ChannelId = Channels.MsTeams, Conversation = new("a:1"),
            From = new("29:u"), Recipient = new(BotId) }.CreateReply("hi");
        reply.Entities = [new Mention(new ChannelAccount("29:u", "Alex"), null).ToEntity()];

        var output = JsonNode.Parse(ProtocolJson.Serialize(reply))!;

        WireJson.AssertNoNulls(output);
        Assert.Equal("""{"id":"29:u","name":"Alex"}""", output["entities"]![0]!["mentioned"]!.ToJsonString());
        Assert.Equal("{}", ProtocolJson.Serialize(new Activity()));
    }

    [Fact]
    public void Incoming_nulls_are_treated_as_missing()
    {
        var (activity, output) = WireJson.RoundTrip("""{"type":"message","text":null,"value":null,"channelData":null,"from":{"id":"u","name":null}}""");

        Assert.Null(activity.Text);
        Assert.Null(activity.Value);
        WireJson.AssertNoNulls(output);
        Assert.Equal("""{"type":"message","from":{"id":"u"}}""", output.ToJsonString());
    }

    [Fact]
    public void Timestamp_and_expiration_are_written_in_UTC_with_Z()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Timestamp = new DateTimeOffset(2026, 11, 26, 4, 20, 21, 85, TimeSpan.FromHours(1)),
            Expiration = new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.FromHours(-5)).AddTicks(4714686),
            LocalTimestamp = new DateTimeOffset(2016, 9, 23, 13, 7, 49, TimeSpan.FromHours(-7)).AddTicks(4714686),
        };

        var output = JsonNode.Parse(ProtocolJson.Serialize(activity))!;

        Assert.Equal("2026-11-26T03:20:21.085Z", output["timestamp"]!.GetValue<string>());
        Assert.Equal("2026-11-26T17:00:00.4714686Z", output["expiration"]!.GetValue<string>());
        Assert.Equal("2016-09-23T13:07:49.4714686-07:00", output["localTimestamp"]!.GetValue<string>());
    }

    [Fact]
    public void Timestamp_with_an_offset_is_read_as_the_same_instant_and_written_as_UTC()
    {
        var (activity, output) = WireJson.RoundTrip("""{"type":"message","timestamp":"2026-11-26T05:20:21+02:00"}""");

        Assert.Equal(new DateTimeOffset(2026, 11, 26, 3, 20, 21, TimeSpan.Zero), activity.Timestamp);
        Assert.Equal("2026-11-26T03:20:21Z", output["timestamp"]!.GetValue<string>());
    }

    [Fact]
    public void Empty_text_stays_an_empty_JSON_string()
    {
        var output = JsonNode.Parse(ProtocolJson.Serialize(new Activity { Type = ActivityTypes.Message, Text = "" }))!;

        Assert.Equal(JsonValueKind.String, output["text"]!.GetValueKind());
        Assert.Equal("", output["text"]!.GetValue<string>());
    }

    [Fact]
    public void Teams_channel_message_exposes_tenant_team_channel_and_bot_mention()
    {
        var activity = ProtocolJson.DeserializeActivity(TeamsActivities.Find("channel.post+thread", a => a["type"]!.GetValue<string>() == "message"))!;

        var teams = TeamsChannelData.From(activity)!;
        var mention = Assert.Single(activity.GetMentions());

        Assert.Equal(TenantId, teams.Tenant!.Id);
        Assert.Equal("19:general-team-1@thread.tacv2", teams.Team!.Id);
        Assert.Equal("19:general-team-1@thread.tacv2", teams.Channel!.Id);
        Assert.Equal("channel", activity.Conversation!.ConversationType);
        Assert.EndsWith(";messageid=1795663223815", activity.Conversation.Id, StringComparison.Ordinal);
        Assert.Equal(BotId, mention.Mentioned.Id);
        Assert.Equal(activity.Recipient!.Id, mention.Mentioned.Id);
        Assert.Equal("<at>Conformance Bot</at>", mention.Text);
    }

    [Fact]
    public void Teams_personal_message_exposes_client_info_and_tenant()
    {
        var activity = ProtocolJson.DeserializeActivity(TeamsActivities.Find("personal.message", _ => true))!;

        var info = activity.Entities!.Select(ClientInfo.From).OfType<ClientInfo>().Single();

        Assert.Equal(new ClientInfo("en-US", "US", "Web", "UTC"), info);
        Assert.Equal(TenantId, TeamsChannelData.From(activity)!.Tenant!.Id);
        Assert.Equal(TenantId, activity.Conversation!.TenantId);
        Assert.Equal("00000000-0000-0000-0000-0000000000a0", activity.From!.AadObjectId);
        Assert.Empty(activity.GetMentions());
    }

    [Fact]
    public void Teams_install_and_membership_events_are_typed()
    {
        var install = ProtocolJson.DeserializeActivity(TeamsActivities.Find("personal.install", a => a["type"]!.GetValue<string>() == "installationUpdate"))!;
        var welcome = ProtocolJson.DeserializeActivity(TeamsActivities.Find("personal.install", a => a["type"]!.GetValue<string>() == "conversationUpdate"))!;
        var created = ProtocolJson.DeserializeActivity(TeamsActivities.Find("invokes+customActivities",
            a => a["channelData"]?["eventType"]?.GetValue<string>() == "channelCreated"))!;

        Assert.Equal(ActivityTypes.InstallationUpdate, install.Type);
        Assert.Equal("add", install.Action);
        Assert.Equal("a:personal-chat-1", TeamsChannelData.From(install)!.Settings!.SelectedChannel!.Id);
        Assert.Equal("message", TeamsChannelData.From(install)!.Source!["name"]!.GetValue<string>());
        Assert.Equal(["29:user-alex", BotId], welcome.MembersAdded!.Select(m => m.Id));
        Assert.Equal("General", TeamsChannelData.From(created)!.Channel!.Name);
    }
}
