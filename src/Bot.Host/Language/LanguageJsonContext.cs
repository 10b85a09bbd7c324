using System.Text.Json;
using System.Text.Json.Serialization;
using Bot.Domain.Language;

namespace Bot.Host.Language;

[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ParseRequest))]
[JsonSerializable(typeof(Understanding))]
internal sealed partial class LanguageJsonContext : JsonSerializerContext;
