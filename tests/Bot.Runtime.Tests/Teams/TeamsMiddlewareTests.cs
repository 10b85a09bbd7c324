using System.Text.Json.Nodes;
using Bot.Protocol.Schema;
using Bot.Runtime.Teams;
using Bot.Runtime.Tests.Infrastructure;
using Bot.Runtime.Turns;
using Microsoft.EntityFrameworkCore;

namespace Bot.Runtime.Tests.Teams;

public sealed class TeamsMiddlewareTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly List<(string? Text, TeamsTurn? Teams)> _seen = [];

    public void Dispose() => _database.Dispose();

    [Theory]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public async Task Message_in_a_shared_conversation_without_the_bots_mention_does_not_reach_the_bot_nor_the_transcript(string conversationType)
    {
        await using var instance = await StartAsync();
        var message = TeamsActivities.Message(conversationType, "<at>Zhang Min</at> can you check this?", TeamsActivities.Of("29:user-2", "Zhang Min"));

        var result = await instance.SendAsync(message).Within();

        Assert.Equal(TurnStatus.Completed, result.Status);
        Assert.Empty(_seen);
        Assert.Empty(instance.Connector.Sent);
        Assert.Equal(0, await instance.QueryAsync(db => db.TranscriptEntries.CountAsync()));
        // Still processed once: a redelivery is recognised as a duplicate.
        Assert.Equal(TurnStatus.Duplicate, (await instance.SendAsync(message).Within()).Status);
    }

    [Theory]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public async Task Message_that_mentions_the_bot_reaches_it_without_the_mention(string conversationType)
    {
        await using var instance = await StartAsync();

        await instance.SendAsync(TeamsActivities.Message(conversationType, "<at>Parcel Helper</at> where is SF1234567890123 ", TeamsActivities.OfBot())).Within();

        var (text, teams) = Assert.Single(_seen);
        Assert.Equal("where is SF1234567890123", text);
        Assert.Equal(new TeamsTurn(TeamsActivities.Tenant, conversationType, BotMentioned: true), teams);
    }

    [Fact]
    public async Task Transcript_keeps_the_message_as_it_was_written()
    {
        await using var instance = await StartAsync();

        await instance.SendAsync(TeamsActivities.Message("channel", "<at>Parcel Helper</at> hello", TeamsActivities.OfBot())).Within();

        var inbound = await instance.QueryAsync(db => db.TranscriptEntries.SingleAsync(t => t.Direction == "in"));
        Assert.Equal("<at>Parcel Helper</at> hello", ProtocolJson.DeserializeActivity(inbound.Json)!.Text);
    }

    [Fact]
    public async Task Only_the_bots_mention_is_removed()
    {
        await using var instance = await StartAsync();

        await instance.SendAsync(TeamsActivities.Message("groupChat", "<AT>parcel helper</AT> please help <at>Zhang Min</at>",
            TeamsActivities.OfBot(), TeamsActivities.Of("29:user-2", "Zhang Min"))).Within();

        Assert.Equal("please help <at>Zhang Min</at>", Assert.Single(_seen).Text);
    }

    [Fact]
    public async Task Mention_entity_without_text_removes_the_bots_name_in_at_tags()
    {
        await using var instance = await StartAsync();
        var message = TeamsActivities.Message("channel", "<at>Parcel Helper</at> track RA123456789CN");
        message.Entities = [TeamsActivities.OfBotWithoutText()];

        await instance.SendAsync(message).Within();

        Assert.Equal("track RA123456789CN", Assert.Single(_seen).Text);
    }

    [Fact]
    public async Task Personal_message_reaches_the_bot_unchanged_with_the_tenant()
    {
        await using var instance = await StartAsync();

        await instance.SendAsync(TeamsActivities.Message("personal", "  where is my parcel?")).Within();

        var (text, teams) = Assert.Single(_seen);
        Assert.Equal("  where is my parcel?", text);
        Assert.Equal(new TeamsTurn(TeamsActivities.Tenant, "personal", BotMentioned: false), teams);
        Assert.False(teams!.IsShared);
    }

    [Fact]
    public async Task Personal_message_that_mentions_the_bot_loses_the_mention()
    {
        await using var instance = await StartAsync();

        await instance.SendAsync(TeamsActivities.Message("personal", "<at>Parcel Helper</at> hi", TeamsActivities.OfBot())).Within();

        Assert.Equal("hi", Assert.Single(_seen).Text);
    }

    [Fact]
    public async Task Card_submit_in_a_channel_reaches_the_bot_without_a_mention()
    {
        await using var instance = await StartAsync();
        var submit = TeamsActivities.Message("channel", "") with { Value = new JsonObject { ["choice"] = "track" } };

        await instance.SendAsync(submit).Within();

        Assert.Single(_seen);
    }

    [Fact]
    public async Task Conversation_update_in_a_team_reaches_the_bot()
    {
        await using var instance = await StartAsync();
        var update = TeamsActivities.Message("channel", "") with { Type = ActivityTypes.ConversationUpdate, Text = null };

        await instance.SendAsync(update).Within();

        Assert.True(Assert.Single(_seen).Teams!.IsShared);
    }

    [Fact]
    public async Task Tenant_comes_from_the_conversation_when_channel_data_has_none_readable()
    {
        await using var instance = await StartAsync();
        var message = TeamsActivities.Message("personal", "hi") with { ChannelData = new JsonObject { ["tenant"] = "not an object" } };

        await instance.SendAsync(message).Within();

        Assert.Equal(TeamsActivities.Tenant, Assert.Single(_seen).Teams!.TenantId);
    }

    [Fact]
    public async Task Other_channels_pass_through_untouched()
    {
        await using var instance = await StartAsync();
        var message = TeamsActivities.Message("groupChat", "<at>Parcel Helper</at> hi", TeamsActivities.OfBot()) with { ChannelId = "webchat" };

        await instance.SendAsync(message).Within();

        var (text, teams) = Assert.Single(_seen);
        Assert.Equal("<at>Parcel Helper</at> hi", text);
        Assert.Null(teams);
    }

    private Task<RuntimeInstance> StartAsync() => RuntimeInstance.StartAsync(_database, (turn, ct) =>
    {
        _seen.Add((turn.Activity.Text, turn.GetTeamsTurn()));
        return Task.CompletedTask;
    }, services: s => s.AddTurnMiddleware<TeamsMiddleware>());
}
