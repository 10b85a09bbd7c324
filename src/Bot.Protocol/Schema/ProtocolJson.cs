using System.Text.Json;

namespace Bot.Protocol.Schema;

/// <summary>The one set of serializer options for everything that crosses the wire.</summary>
public static class ProtocolJson
{
    public static JsonSerializerOptions Options => ProtocolJsonContext.Default.Options;

    public static string Serialize(Activity activity) => JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity);

    public static Activity? DeserializeActivity(string json) => JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.Activity);
}
