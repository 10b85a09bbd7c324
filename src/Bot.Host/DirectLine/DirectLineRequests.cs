using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Bot.Host.DirectLine;

/// <summary>Reads request bodies with a size cap and answers malformed input with Direct Line error bodies.</summary>
internal static class DirectLineRequests
{
    public const int MaxActivityBytes = 256 * 1024;

    public static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    public static string StreamUrl(HttpRequest request, string conversationId, string watermark, string token)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        return $"{scheme}://{request.Host}{request.PathBase}/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/stream"
            + $"?watermark={Uri.EscapeDataString(watermark)}&t={Uri.EscapeDataString(token)}";
    }

    /// <summary>The body, or null when it is larger than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadBodyAsync(HttpRequest request, long maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>An optional JSON body: (null, null) when empty, an error result when too large or malformed.</summary>
    public static async Task<(T? Value, IResult? Error)> ReadOptionalJsonAsync<T>(HttpRequest request, JsonTypeInfo<T> type, CancellationToken ct)
        where T : class
    {
        var body = await ReadBodyAsync(request, 16 * 1024, ct);
        if (body is null)
        {
            return (null, DirectLineErrors.TooLarge("The request body is too large."));
        }
        if (body.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
        {
            return (null, null);
        }
        try
        {
            return (JsonSerializer.Deserialize(body, type), null);
        }
        catch (JsonException)
        {
            return (null, DirectLineErrors.BadRequest("The request body is not valid JSON."));
        }
    }
}
