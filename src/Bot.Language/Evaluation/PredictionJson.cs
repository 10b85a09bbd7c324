using System.Text.Encodings.Web;
using System.Text.Json;
using Bot.Domain.Language;

namespace Bot.Language.Evaluation;

/// <summary>
/// Writes one prediction as a JSON line in the labelled-set shape, so a prediction file lines up with a gold file:
/// {"text","locale","intent","confidence","entities":[{"kind","value","text","start"}],"signals":[..],"sentiment",
/// "language","source"}.
/// </summary>
public static class PredictionJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Format(UnderstandingRequest request, Understanding understanding)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(understanding);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("text", request.Text);
            if (request.Locale is not null)
            {
                writer.WriteString("locale", request.Locale);
            }

            writer.WriteString("intent", understanding.Intent.ToString());
            writer.WriteNumber("confidence", Math.Round(understanding.Confidence, 4));
            writer.WriteStartArray("entities");
            foreach (var entity in understanding.Entities)
            {
                writer.WriteStartObject();
                writer.WriteString("kind", entity.Kind.ToString());
                writer.WriteString("value", entity.Value);
                writer.WriteString("text", entity.Text);
                writer.WriteNumber("start", entity.Start);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("signals");
            foreach (var name in SignalNames.Of(understanding.Signals))
            {
                writer.WriteStringValue(name);
            }

            writer.WriteEndArray();
            writer.WriteString("sentiment", understanding.Sentiment.ToString());
            writer.WriteString("language", understanding.Language);
            writer.WriteString("source", understanding.Source);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
