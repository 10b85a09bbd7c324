using System.Text.Json.Nodes;

namespace Bot.Host.Tests.Teams;

/// <summary>
/// One call the bot made to the fake Teams connector: method, path as sent (escaped) and as routed, the body, and the
/// status the fake answered with (429 for a throttled attempt).
/// </summary>
internal sealed record TeamsConnectorRequest(string Method, string RawPath, string Path, JsonObject? Body, int Status = 200);
