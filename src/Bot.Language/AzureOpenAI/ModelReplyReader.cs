using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Bot.Domain.Language;

namespace Bot.Language.AzureOpenAI;

// Turns the model's JSON into domain values; anything outside the schema or the closed lists is a failure.
internal static class ModelReplyReader
{
    public static T Deserialize<T>(string content, JsonTypeInfo<T> typeInfo)
    {
        try
        {
            return JsonSerializer.Deserialize(content, typeInfo)
                ?? throw new LanguageModelException(LanguageModelFailure.SchemaViolation, "The model answered null.");
        }
        catch (JsonException exception) when (IsSyntaxError(content))
        {
            throw new LanguageModelException(LanguageModelFailure.MalformedJson, "The model's answer is not JSON.", exception);
        }
        catch (JsonException exception)
        {
            throw new LanguageModelException(
                LanguageModelFailure.SchemaViolation, "The model's answer does not match the schema.", exception);
        }
    }

    public static Intent ReadIntent(string value) =>
        TryReadName<Intent>(value, out var intent)
            ? intent
            : throw new LanguageModelException(LanguageModelFailure.IntentOutsideList, "The model answered an intent outside the list.");

    public static TEnum ReadName<TEnum>(string value, string field)
        where TEnum : struct, Enum =>
        TryReadName<TEnum>(value, out var result)
            ? result
            : throw new LanguageModelException(LanguageModelFailure.SchemaViolation, $"The model answered an unknown {field}.");

    public static double ReadConfidence(double value) =>
        value is >= 0 and <= 1 && double.IsFinite(value)
            ? value
            : throw new LanguageModelException(LanguageModelFailure.SchemaViolation, "The model's confidence is outside 0..1.");

    public static string ReadLanguage(string value) =>
        value is "en" or "zh"
            ? value
            : throw new LanguageModelException(LanguageModelFailure.SchemaViolation, "The model answered an unknown language.");

    // Names only: Enum.TryParse would also accept "3" or "TrackShipment, Greeting".
    public static bool TryReadName<TEnum>(string value, out TEnum result)
        where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(candidate.ToString(), value, StringComparison.Ordinal))
            {
                result = candidate;
                return true;
            }
        }
        result = default;
        return false;
    }

    private static bool IsSyntaxError(string content)
    {
        try
        {
            using var document = JsonDocument.Parse(content);
            return document.RootElement.ValueKind != JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return true;
        }
    }
}
