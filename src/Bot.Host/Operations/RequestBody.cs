using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Bot.Host.Operations;

/// <summary>Reads an operator request's body whole, up to a size limit, and tells its media type.</summary>
internal static class RequestBody
{
    private const int MaxJsonBytes = 64 * 1024;

    public static string? MediaType(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType.Value?.ToLowerInvariant() : null;

    public static bool IsJson(string? mediaType) =>
        mediaType is "application/json" || (mediaType?.EndsWith("+json", StringComparison.Ordinal) ?? false);

    public static bool IsCsv(string? mediaType) => mediaType is "text/csv" or "application/csv";

    /// <summary>The body, or the 413 problem when it is larger than <paramref name="limit"/> bytes.</summary>
    public static async Task<(byte[]? Body, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, long limit, CancellationToken ct)
    {
        if (request.ContentLength > limit)
        {
            return (null, OperationsProblems.TooLarge(limit));
        }

        // The server's own limit (30 MB in Kestrel) must not cut in before ours.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit + 1;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return (null, OperationsProblems.TooLarge(limit));
            }
            buffer.Write(chunk, 0, read);
        }
        return (buffer.ToArray(), null);
    }

    /// <summary>
    /// A small JSON body, read here rather than bound by the framework so that the operator key is checked before the
    /// body is looked at: 415 for another media type, 413 above 64 KB, 400 for broken JSON.
    /// </summary>
    public static async Task<(T? Value, ProblemHttpResult? Problem)> ReadJsonAsync<T>(HttpRequest request, JsonTypeInfo<T> type, CancellationToken ct)
        where T : class
    {
        if (!IsJson(MediaType(request)))
        {
            return (null, OperationsProblems.UnsupportedMediaType("application/json"));
        }

        var (body, tooLarge) = await ReadAsync(request, MaxJsonBytes, ct);
        if (body is null)
        {
            return (null, tooLarge);
        }

        try
        {
            return JsonSerializer.Deserialize(body, type) is { } value
                ? (value, null)
                : (null, OperationsProblems.Status(StatusCodes.Status400BadRequest, "The body must be a JSON object."));
        }
        catch (JsonException)
        {
            return (null, OperationsProblems.Status(StatusCodes.Status400BadRequest, "The body is not valid JSON."));
        }
    }
}
