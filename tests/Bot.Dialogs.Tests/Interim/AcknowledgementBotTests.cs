using System.Collections.Concurrent;
using Bot.Data;
using Bot.Dialogs.Interim;
using Bot.Protocol.Schema;
using Bot.Runtime;
using Bot.Runtime.Channels;
using Bot.Runtime.Turns;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Dialogs.Tests.Interim;

public sealed class AcknowledgementBotTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bot-dialogs-tests", Guid.NewGuid().ToString("N"));
    private readonly InMemoryConnector _channel = new();
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _services = new ServiceCollection()
            .AddLogging()
            .AddBotData($"Data Source={Path.Combine(_folder, "bot.db")}")
            .AddTurnRuntime()
            .AddSingleton<IBot, AcknowledgementBot>()
            .Configure<InterimBotOptions>(o => o.Name = "Parcel Helper")
            .BuildServiceProvider();
        await _services.MigrateBotDataAsync();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task New_conversation_is_welcomed_once()
    {
        await SendAsync(MembersAdded("c1", "bot", "user1"));
        await SendAsync(MembersAdded("c1", "user2"));
        await SendAsync(MembersAdded("c1", "bot"));

        var welcome = Assert.Single(_channel.Sent);
        Assert.StartsWith("Hello! I'm the Parcel Helper.", welcome.Text, StringComparison.Ordinal);
        Assert.Equal(TextFormats.Plain, welcome.TextFormat);
    }

    [Fact]
    public async Task Each_message_is_acknowledged_with_the_conversation_counter()
    {
        await SendAsync(Message("c1", "where is my parcel?"));
        await SendAsync(Message("c1", "hello"));
        await SendAsync(Message("c2", "other conversation"));
        await SendAsync(Message("c1", "third"));

        Assert.Equal(
            [
                "Got it: \"where is my parcel?\". That's message 1 in this conversation.",
                "Got it: \"hello\". That's message 2 in this conversation.",
                "Got it: \"other conversation\". That's message 1 in this conversation.",
                "Got it: \"third\". That's message 3 in this conversation.",
            ],
            _channel.Sent.Select(a => a.Text));
        Assert.All(_channel.Sent, a => Assert.Equal(TextFormats.Plain, a.TextFormat));
    }

    [Fact]
    public async Task Chinese_customers_are_answered_in_Chinese()
    {
        await SendAsync(MembersAdded("c1", "bot", "user1") with { Locale = "zh-CN" });
        await SendAsync(Message("c1", "我的快递在哪里") with { Locale = "zh-CN" });

        Assert.StartsWith("您好！我是Parcel Helper。", _channel.Sent[0].Text, StringComparison.Ordinal);
        Assert.Equal("收到：“我的快递在哪里”。这是本次对话中的第 1 条消息。", _channel.Sent[^1].Text);
    }

    [Fact]
    public async Task Other_activity_types_are_ignored()
    {
        await SendAsync(Message("c1", "") with { Type = ActivityTypes.Typing });

        Assert.Empty(_channel.Sent);
    }

    private async Task SendAsync(Activity activity)
    {
        var result = await _services.GetRequiredService<TurnProcessor>().ProcessAsync(activity, _channel, CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(TurnStatus.Completed, result.Status);
    }

    private static Activity Message(string conversationId, string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = Channels.DirectLine,
        Conversation = new ConversationAccount(conversationId),
        From = new ChannelAccount("user1", role: RoleTypes.User),
        Recipient = new ChannelAccount("bot", "Parcel Helper", RoleTypes.Bot),
        Text = text,
    };

    private static Activity MembersAdded(string conversationId, params string[] memberIds) =>
        Message(conversationId, "") with
        {
            Type = ActivityTypes.ConversationUpdate,
            Text = null,
            MembersAdded = [.. memberIds.Select(id => new ChannelAccount(id))],
        };

    private sealed class InMemoryConnector : IChannelConnector
    {
        private readonly ConcurrentQueue<Activity> _sent = new();

        public IReadOnlyList<Activity> Sent => [.. _sent];

        public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
        {
            var id = Guid.NewGuid().ToString("N");
            _sent.Enqueue(activity with { Id = id });
            return Task.FromResult(new ResourceResponse(id));
        }

        public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken) =>
            Task.FromResult(new ResourceResponse(activity.Id));

        public Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
