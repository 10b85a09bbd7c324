using System.Text.Json.Nodes;

namespace Bot.Host.Tests.Messaging;

/// <summary>One Connector call the fake channel received: its path ids and the activity JSON.</summary>
internal sealed record ReceivedActivity(string ConversationId, string? ReplyToId, JsonObject Body);
