using System.Text.Json;
using System.Text.Json.Serialization;
using Bot.Domain.Handoff;
using Bot.Host.Handoff;

namespace Bot.Host.AgentDesk;

// Enums travel as their names ("Tracking", "Online", "Key"), as on the hub.
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(DeskMeView))]
[JsonSerializable(typeof(DeskSessionView))]
[JsonSerializable(typeof(IReadOnlyList<QueueEntryView>))]
[JsonSerializable(typeof(ConversationView))]
[JsonSerializable(typeof(IReadOnlyList<DeskAgentView>))]
[JsonSerializable(typeof(DeskAgentView))]
[JsonSerializable(typeof(CreatedAgentView))]
[JsonSerializable(typeof(IReadOnlyList<CannedResponse>))]
[JsonSerializable(typeof(CannedResponse))]
[JsonSerializable(typeof(IReadOnlyList<FilledCannedResponse>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class DeskJsonContext : JsonSerializerContext;
