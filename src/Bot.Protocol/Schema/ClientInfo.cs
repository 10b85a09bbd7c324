using System.Text.Json;

namespace Bot.Protocol.Schema;

/// <summary>A typed view of a <c>clientInfo</c> entity (Teams sends locale, country, platform, timezone).</summary>
public sealed record ClientInfo(string? Locale, string? Country, string? Platform, string? Timezone)
{
    public const string EntityType = "clientInfo";

    public static ClientInfo? From(Entity entity)
    {
        if (!string.Equals(entity.Type, EntityType, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        string? Read(string name) =>
            entity.Properties is not null && entity.Properties.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.String
                ? v.GetString()
                : null;
        return new ClientInfo(Read("locale"), Read("country"), Read("platform"), Read("timezone"));
    }
}
