using System.Text.Json;

namespace Bot.Protocol.Schema;

/// <summary>A typed view of a <c>mention</c> entity (PROTOCOL.md §5.4).</summary>
public sealed record Mention(ChannelAccount Mentioned, string? Text)
{
    public const string EntityType = "mention";

    public static Mention? From(Entity entity)
    {
        if (!string.Equals(entity.Type, EntityType, StringComparison.OrdinalIgnoreCase) || entity.Properties is null)
        {
            return null;
        }
        if (!entity.Properties.TryGetValue("mentioned", out var mentioned) || mentioned.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        var account = mentioned.Deserialize(ProtocolJsonContext.Default.ChannelAccount);
        var text = entity.Properties.TryGetValue("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        return account is null ? null : new Mention(account, text);
    }

    public Entity ToEntity() => new()
    {
        Type = EntityType,
        Properties = new()
        {
            ["mentioned"] = JsonSerializer.SerializeToElement(Mentioned, ProtocolJsonContext.Default.ChannelAccount),
            ["text"] = JsonSerializer.SerializeToElement(Text ?? $"<at>{Mentioned.Name}</at>", ProtocolJsonContext.Default.String),
        },
    };
}
