using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Protocol.Schema;

namespace Bot.Runtime.Tests.Teams;

// Messages shaped like the ones Teams posts (PROTOCOL.md §5): bot 28:..., users 29:..., tenant in channelData.
internal static class TeamsActivities
{
    public const string BotId = "28:app-id";
    public const string BotName = "Parcel Helper";
    public const string Tenant = "tenant-guid-1";

    public static Activity Message(string conversationType, string text, params Mention[] mentions) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "msteams",
        ServiceUrl = "https://smba.trafficmanager.net/teams/",
        Conversation = new ConversationAccount($"19:{Guid.NewGuid():N}@thread.v2")
        {
            ConversationType = conversationType,
            IsGroup = conversationType != "personal" ? true : null,
            TenantId = Tenant,
        },
        From = new ChannelAccount("29:user-1", "Li Wei", RoleTypes.User),
        Recipient = new ChannelAccount(BotId, BotName, RoleTypes.Bot),
        Text = text,
        Entities = [.. mentions.Select(m => m.ToEntity())],
        ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
        Timestamp = DateTimeOffset.UtcNow,
    };

    public static Mention OfBot() => new(new ChannelAccount(BotId, BotName), $"<at>{BotName}</at>");

    public static Mention Of(string id, string name, string? text = null) =>
        new(new ChannelAccount(id, name), text ?? $"<at>{name}</at>");

    // A mention entity as some clients send it: no text, so the name in <at> tags is what to remove.
    public static Entity OfBotWithoutText() => new()
    {
        Type = Mention.EntityType,
        Properties = new()
        {
            ["mentioned"] = JsonSerializer.SerializeToElement(new ChannelAccount(BotId, BotName), ProtocolJsonContext.Default.ChannelAccount),
        },
    };
}
