using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Host.WebChat;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WebChatClientConfig))]
internal sealed partial class WebChatJsonContext : JsonSerializerContext;
