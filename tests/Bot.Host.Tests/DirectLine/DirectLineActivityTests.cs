using System.Globalization;
using System.Net;
using Microsoft.Data.Sqlite;

namespace Bot.Host.Tests.DirectLine;

public sealed class DirectLineActivityTests : StartedConversationTests
{
    [Fact]
    public async Task User_activity_is_echoed_with_a_server_id_and_its_clientActivityID()
    {
        var id = await client.SendMessageAsync(conversationId, token, "where is my parcel", "client-42");

        var set = await client.GetActivitiesAsync(conversationId, token);

        Assert.StartsWith($"{conversationId}|", id, StringComparison.Ordinal);
        var echo = Assert.Single(DirectLineTestClient.Activities(set), a => (string?)a["id"] == id);
        Assert.Equal("client-42", (string?)echo["channelData"]?["clientActivityID"]);
        Assert.Equal("user", (string?)echo["from"]?["role"]);
        Assert.StartsWith("dl_", (string?)echo["from"]?["id"], StringComparison.Ordinal);
        Assert.Equal("directline", (string?)echo["channelId"]);
        Assert.Equal(conversationId, (string?)echo["conversation"]?["id"]);
        Assert.EndsWith("Z", (string?)echo["timestamp"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bot_reply_points_at_the_echoed_id_and_comes_from_the_bot()
    {
        var id = await client.SendMessageAsync(conversationId, token, "hello", "client-1");

        var set = await client.GetActivitiesAsync(conversationId, token);

        var reply = Assert.Single(DirectLineTestClient.Activities(set), a => (string?)a["replyToId"] == id);
        Assert.True(DirectLineTestClient.IsBotMessage(reply));
        Assert.IsType<string>((string?)reply["text"]);
        Assert.NotEqual((string?)reply["from"]?["id"], (string?)reply["recipient"]?["id"]);
        var timestamps = DirectLineTestClient.Activities(set).Select(a => DateTimeOffset.Parse((string)a["timestamp"]!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(timestamps.Order(), timestamps);
    }

    [Fact]
    public async Task Watermark_returns_only_newer_activities_and_grows()
    {
        var before = await client.GetActivitiesAsync(conversationId, token);
        var watermark = (string)before["watermark"]!;
        var id = await client.SendMessageAsync(conversationId, token, "one", "c-one");

        var after = await client.GetActivitiesAsync(conversationId, token, watermark);
        var empty = await client.GetActivitiesAsync(conversationId, token, (string)after["watermark"]!);

        var newer = DirectLineTestClient.Activities(after);
        Assert.Contains(newer, a => (string?)a["id"] == id);
        Assert.DoesNotContain(newer, a => DirectLineTestClient.Activities(before).Any(b => (string?)b["id"] == (string?)a["id"]));
        Assert.True(long.Parse((string)after["watermark"]!, CultureInfo.InvariantCulture) > long.Parse(watermark, CultureInfo.InvariantCulture));
        Assert.Empty(DirectLineTestClient.Activities(empty));
        Assert.Equal((string)after["watermark"]!, (string)empty["watermark"]!);
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData(null)]
    public async Task Empty_missing_or_garbage_watermark_returns_everything(string? watermark)
    {
        await client.SendMessageAsync(conversationId, token, "one", "c-one");
        var all = await client.GetActivitiesAsync(conversationId, token, "0");

        var set = await client.GetActivitiesAsync(conversationId, token, watermark);

        Assert.Equal(
            DirectLineTestClient.Activities(all).Select(a => (string?)a["id"]),
            DirectLineTestClient.Activities(set).Select(a => (string?)a["id"]));
        Assert.NotEmpty(DirectLineTestClient.Activities(set));
    }

    [Fact]
    public async Task Typing_is_not_kept_in_history()
    {
        using var typing = await client.PostActivityAsync(conversationId, token, """{"type":"typing","from":{"id":"x"}}""");

        var set = await client.GetActivitiesAsync(conversationId, token);

        Assert.Equal(HttpStatusCode.OK, typing.StatusCode);
        Assert.DoesNotContain(DirectLineTestClient.Activities(set), a => (string?)a["type"] == "typing");
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"text":"no type"}""")]
    [InlineData("""{"type":"message","text":12345}""")]
    public async Task Malformed_activity_is_400(string body)
    {
        using var response = await client.PostActivityAsync(conversationId, token, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await DirectLineTestClient.ReadObjectAsync(response))["error"]?["code"]);
    }

    [Fact]
    public async Task Activity_over_256_KB_is_413()
    {
        var text = new string('x', 260 * 1024);

        using var response = await client.PostActivityAsync(conversationId, token, $$"""{"type":"message","text":"{{text}}"}""");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task From_id_is_forced_to_the_token_user()
    {
        var id = await client.SendMessageAsync(conversationId, token, "spoof", "c-spoof");
        using var spoof = await client.PostActivityAsync(conversationId, token, """{"type":"message","text":"hi","from":{"id":"bot","role":"bot"}}""");
        var spoofId = (string)(await DirectLineTestClient.ReadObjectAsync(spoof))["id"]!;

        var set = DirectLineTestClient.Activities(await client.GetActivitiesAsync(conversationId, token));

        var genuine = set.Single(a => (string?)a["id"] == id);
        var forced = set.Single(a => (string?)a["id"] == spoofId);
        Assert.Equal((string?)genuine["from"]?["id"], (string?)forced["from"]?["id"]);
        Assert.Equal("user", (string?)forced["from"]?["role"]);
    }

    [Fact]
    public async Task Poll_answers_an_empty_set_instead_of_a_5xx_when_the_store_fails()
    {
        var before = await client.GetActivitiesAsync(conversationId, token);
        await using (var connection = new SqliteConnection($"Data Source={factory.DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var drop = connection.CreateCommand();
            drop.CommandText = "DROP TABLE DirectLineActivities";
            await drop.ExecuteNonQueryAsync();
        }

        var set = await client.GetActivitiesAsync(conversationId, token, (string)before["watermark"]!);

        Assert.Empty(DirectLineTestClient.Activities(set));
        Assert.Equal((string)before["watermark"]!, (string)set["watermark"]!);
    }
}
