using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Protocol.Schema;

/// <summary>
/// Writes a <see cref="DateTimeOffset"/> as ISO-8601 UTC with a trailing <c>Z</c> and no trailing zero fraction
/// digits, as the Bot Framework SDK does (<c>2016-09-23T20:07:49.4714686Z</c>, <c>2026-11-26T03:20:21.085Z</c>).
/// </summary>
public sealed class UtcDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("An ISO-8601 date and time must be a JSON string.");
        }
        var text = reader.GetString();
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : throw new JsonException($"'{text}' is not an ISO-8601 date and time.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
}
