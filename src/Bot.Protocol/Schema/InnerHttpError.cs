using System.Text.Json.Nodes;

namespace Bot.Protocol.Schema;

/// <summary>The upstream HTTP failure a channel may attach to an <see cref="ErrorDetail"/>.</summary>
public sealed record InnerHttpError(int StatusCode, JsonNode? Body = null);
