using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Protocol.Schema;

/// <summary>A participant of a conversation (PROTOCOL.md §1.4), including the Teams extras.</summary>
public sealed record ChannelAccount
{
    public ChannelAccount() { }

    public ChannelAccount(string id, string? name = null, string? role = null)
    {
        Id = id;
        Name = name;
        Role = role;
    }

    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }
    public string? GivenName { get; set; }
    public string? Surname { get; set; }
    public string? Email { get; set; }
    public string? UserPrincipalName { get; set; }
    public string? UserRole { get; set; }
    public string? TenantId { get; set; }
    public string? AgenticAppId { get; set; }
    public string? AgenticUserId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
