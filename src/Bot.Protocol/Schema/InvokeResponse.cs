using System.Text.Json.Nodes;

namespace Bot.Protocol.Schema;

/// <summary>The status and body the bot returns on the HTTP response of an invoke activity.</summary>
public sealed record InvokeResponse(int Status, JsonNode? Body = null);
