using System.Text.Json;
using System.Text.Json.Serialization;
using Bot.Data.Import;

namespace Bot.Host.Operations;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ImportSummary))]
[JsonSerializable(typeof(List<ImportError>))]
[JsonSerializable(typeof(RecordedEventResponse))]
[JsonSerializable(typeof(ComplaintView))]
[JsonSerializable(typeof(ComplaintUpdateRequest))]
[JsonSerializable(typeof(ComplaintResolveRequest))]
internal sealed partial class OperationsJsonContext : JsonSerializerContext;
