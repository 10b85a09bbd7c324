using System.Text.Json;
using System.Text.Json.Serialization;
using Bot.Protocol.Schema;

namespace Bot.Runtime.Dialogs;

/// <summary>
/// How dialog state is written: System.Text.Json web defaults (camelCase); activities inside options (prompts) go
/// through the protocol's source-generated serializer so they round-trip exactly.
/// </summary>
public static class DialogJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new ActivityConverter() },
    };

    private sealed class ActivityConverter : JsonConverter<Activity>
    {
        public override Activity? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            JsonSerializer.Deserialize(ref reader, ProtocolJsonContext.Default.Activity);

        public override void Write(Utf8JsonWriter writer, Activity value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value, ProtocolJsonContext.Default.Activity);
    }
}
