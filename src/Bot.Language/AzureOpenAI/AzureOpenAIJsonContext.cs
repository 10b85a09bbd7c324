using System.Text.Json.Serialization;

namespace Bot.Language.AzureOpenAI;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(ModelUnderstanding))]
[JsonSerializable(typeof(ModelSummary))]
[JsonSerializable(typeof(ModelClassification))]
internal sealed partial class AzureOpenAIJsonContext : JsonSerializerContext;
