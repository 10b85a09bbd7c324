using System.Text.Json.Nodes;

namespace Bot.Host.Tests.Teams;

/// <summary>One call the bot made to the fake Teams connector: method, path as sent (escaped) and as routed, and the body.</summary>
internal sealed record TeamsConnectorRequest(string Method, string RawPath, string Path, JsonObject? Body);
