using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Bot.Host.DirectLine;

/// <summary>Parses an upload body: multipart/form-data (activity part + file parts) or one raw file with Content-Disposition.</summary>
internal static class DirectLineUploadReader
{
    public const string ActivityContentType = "application/vnd.microsoft.activity";

    private static readonly HashSet<string> AllowedContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        // No SVG or HTML: files are served from this origin and must not carry script.
        "image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp",
        "application/pdf", "text/plain", "text/csv",
    };

    public static bool IsAllowed(string contentType) => AllowedContentTypes.Contains(contentType);

    public static async Task<DirectLineUpload?> ReadAsync(string? contentType, string? contentDisposition, byte[] body, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType))
        {
            return null;
        }
        if (!mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var name = ContentDispositionHeaderValue.TryParse(contentDisposition, out var disposition) ? FileName(disposition) : "file";
            return new DirectLineUpload(null, [new DirectLineUploadFile(name, mediaType.MediaType.ToString(), body)]);
        }
        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).ToString();
        if (string.IsNullOrEmpty(boundary) || boundary.Length > 200)
        {
            return null;
        }
        byte[]? activityJson = null;
        var files = new List<DirectLineUploadFile>();
        using var stream = new MemoryStream(body, writable: false);
        var reader = new MultipartReader(boundary, stream);
        while (await reader.ReadNextSectionAsync(ct) is { } section)
        {
            var partType = MediaTypeHeaderValue.TryParse(section.ContentType, out var parsed)
                ? parsed.MediaType.ToString()
                : "application/octet-stream";
            using var content = new MemoryStream();
            await section.Body.CopyToAsync(content, ct);
            if (partType.Equals(ActivityContentType, StringComparison.OrdinalIgnoreCase))
            {
                activityJson = content.ToArray();
                continue;
            }
            var name = ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) ? FileName(disposition) : "file";
            files.Add(new DirectLineUploadFile(name, partType, content.ToArray()));
        }
        return new DirectLineUpload(activityJson, files);
    }

    private static string FileName(ContentDispositionHeaderValue disposition)
    {
        var raw = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).ToString();
        var name = Path.GetFileName(raw.Replace('\\', '/'));
        return string.IsNullOrWhiteSpace(name) ? "file" : name.Length > 200 ? name[..200] : name;
    }
}
