using System.Text.Json.Nodes;
using Bot.Data.Conversations;
using Bot.Domain.Conversations;
using Bot.Domain.Handoff;
using Bot.Protocol.Schema;

namespace Bot.Data.Tests.Handoff;

public sealed class ConversationTranscriptTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly ConversationAddress Conversation = new("directline", "conv-1");
    private TempStore _store = null!;

    private IConversationTranscript Transcript => _store.Get<IConversationTranscript>();

    public async Task InitializeAsync() => _store = await TempStore.CreateAsync(Now);

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task Messages_read_back_as_customer_bot_agent_and_system_lines()
    {
        var agentMark = new JsonObject
        {
            [HandoffChannelData.Property] = new JsonObject
            {
                [HandoffChannelData.Role] = HandoffChannelData.AgentRole,
                [HandoffChannelData.AgentId] = "a-1",
                [HandoffChannelData.AgentName] = "Alice",
                [HandoffChannelData.Text] = "How can I help?",
            },
        };
        var systemMark = new JsonObject { [HandoffChannelData.Property] = new JsonObject { [HandoffChannelData.Role] = HandoffChannelData.SystemRole } };
        await AddAsync("in", Message("1", "I want a person <img src=x>", "user", attachment: "photo.jpg"), Now);
        await AddAsync("out", Message("2", "Connecting you", "bot"), Now.AddSeconds(1));
        await AddAsync("out", new Activity { Type = ActivityTypes.Typing, Id = "3" }, Now.AddSeconds(2));
        await AddAsync("out", Message("4", "Alice (agent): How can I help?", "bot", agentMark), Now.AddSeconds(3));
        await AddAsync("out", Message("5", "Alice has joined", "bot", systemMark), Now.AddSeconds(4));
        await AddAsync("in", Message("6", "other conversation", "user"), Now, new ConversationAddress("directline", "conv-2"));

        var lines = await Transcript.ReadAsync(Conversation, 50, default);

        Assert.Equal(
            [
                ("customer", "I want a person <img src=x>"),
                ("bot", "Connecting you"),
                ("agent", "How can I help?"),
                ("system", "Alice has joined"),
            ],
            lines.Select(l => (l.Speaker, l.Text)));
        Assert.Equal(["photo.jpg"], lines[0].AttachmentNames!);
        Assert.Equal(("a-1", "Alice"), (lines[2].AgentId, lines[2].AgentName));
        Assert.Equal(Now.AddSeconds(3), lines[2].At);
        Assert.Equal(["4", "5"], (await Transcript.ReadAsync(Conversation, 2, default)).Select(l => l.Id));
        Assert.Equal(4, (await Transcript.ActivitiesJsonAsync(Conversation, 10, default)).Count);
    }

    [Fact]
    public async Task A_card_sent_without_text_reads_as_its_summary()
    {
        var card = new Activity
        {
            Type = ActivityTypes.Message,
            Id = "7",
            Summary = "SF1234567890123: In transit.",
            From = new ChannelAccount { Id = "bot", Role = "bot" },
            Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = new JsonObject() }],
        };
        await AddAsync("out", card, Now);

        var line = Assert.Single(await Transcript.ReadAsync(Conversation, 50, default));

        Assert.Equal(("bot", "SF1234567890123: In transit."), (line.Speaker, line.Text));
    }

    private static Activity Message(string id, string text, string role, JsonObject? channelData = null, string? attachment = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        Text = text,
        From = new ChannelAccount { Id = role == "user" ? "user1" : "bot", Role = role },
        ChannelData = channelData,
        Attachments = attachment is null ? null : [new Attachment { ContentType = "image/jpeg", Name = attachment }],
    };

    private async Task AddAsync(string direction, Activity activity, DateTimeOffset at, ConversationAddress? conversation = null)
    {
        var address = conversation ?? Conversation;
        await using var db = await _store.CreateDbAsync();
        db.TranscriptEntries.Add(new TranscriptEntry
        {
            ChannelId = address.ChannelId,
            ConversationId = address.ConversationId,
            ActivityId = activity.Id,
            Direction = direction,
            Type = activity.Type!,
            FromRole = activity.From?.Role,
            Timestamp = at,
            Json = ProtocolJson.Serialize(activity),
        });
        await db.SaveChangesAsync();
    }
}
