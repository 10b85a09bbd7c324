using System.Text.Json;

namespace Bot.Runtime.State;

/// <summary>How bots' own types are stored in state: System.Text.Json web defaults (camelCase).</summary>
public static class StateJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
