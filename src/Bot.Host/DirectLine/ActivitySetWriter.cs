using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace Bot.Host.DirectLine;

/// <summary>
/// Writes an ActivitySet <c>{ "activities": [...], "watermark": "N" }</c> from activities already serialized by
/// ProtocolJsonContext, so the stored wire JSON goes out unchanged.
/// </summary>
internal static class ActivitySetWriter
{
    public static byte[] Write(IEnumerable<DirectLineEntry> entries, string? watermark)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("activities");
            foreach (var entry in entries)
            {
                writer.WriteRawValue(entry.Json, skipInputValidation: true);
            }
            writer.WriteEndArray();
            if (watermark is not null)
            {
                writer.WriteString("watermark", watermark);
            }
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    public static string Watermark(long sequence) => sequence.ToString(CultureInfo.InvariantCulture);

    /// <summary>The sequence after which to read; empty, <c>-</c> or garbage means "from the beginning".</summary>
    public static long ParseWatermark(string? watermark) =>
        long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) ? sequence : 0;
}
