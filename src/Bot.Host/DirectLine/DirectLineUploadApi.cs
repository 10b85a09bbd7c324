using Bot.Data.DirectLine;
using Bot.Protocol.Schema;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Bot.Host.DirectLine;

/// <summary>
/// Upload-and-send, and serving the uploaded files. A file is served to whoever knows its random 32-character id
/// (as a capability URL): Web Chat renders <c>&lt;img src&gt;</c> without an Authorization header, and the id is only
/// ever shown to the conversation's own participants and the bot.
/// </summary>
internal static class DirectLineUploadApi
{
    // Room for the activity part and multipart framing on top of the files themselves.
    private const int EnvelopeAllowance = DirectLineRequests.MaxActivityBytes + 64 * 1024;

    public static void MapDirectLineUpload(this RouteGroupBuilder group)
    {
        group.MapPost("/conversations/{conversationId}/upload", UploadAsync);
        group.MapGet("/attachments/{attachmentId}", DownloadAsync);
    }

    private static async Task<IResult> UploadAsync(
        string conversationId,
        string? userId,
        HttpRequest request,
        DirectLineAuthorizer authorizer,
        DirectLineStore store,
        DirectLineConversationService conversations,
        IOptions<DirectLineOptions> options,
        TimeProvider time,
        ILogger<DirectLineChannel> logger,
        CancellationToken ct)
    {
        var (caller, error) = await authorizer.AuthorizeAsync(DirectLineAuthorizer.ReadBearer(request), conversationId);
        if (caller is null)
        {
            return error!;
        }
        var maxBytes = options.Value.MaxUploadBytes;
        var body = await DirectLineRequests.ReadBodyAsync(request, (long)maxBytes + EnvelopeAllowance, ct);
        if (body is null)
        {
            return DirectLineErrors.TooLarge($"Uploads are limited to {maxBytes} bytes.");
        }
        DirectLineUpload? upload;
        try
        {
            upload = await DirectLineUploadReader.ReadAsync(request.ContentType, request.Headers.ContentDisposition, body, ct);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException)
        {
            upload = null;
        }
        if (upload is null || upload.Files.Count == 0)
        {
            return DirectLineErrors.BadRequest("The upload has no file.");
        }
        var totalBytes = upload.Files.Sum(f => (long)f.Content.Length);
        if (totalBytes > maxBytes)
        {
            return DirectLineErrors.TooLarge($"Uploads are limited to {maxBytes} bytes.");
        }
        if (upload.Files.FirstOrDefault(f => !DirectLineUploadReader.IsAllowed(f.ContentType)) is { } refused)
        {
            return DirectLineErrors.UnsupportedMediaType($"Files of type {refused.ContentType} are not accepted.");
        }
        var activity = new Activity { Type = ActivityTypes.Message };
        if (upload.ActivityJson is { } json)
        {
            var (parsed, invalid) = DirectLineActivitiesApi.Parse(json);
            if (parsed is null)
            {
                return invalid!;
            }
            activity = parsed;
        }
        var (user, notReady) = await DirectLineConversationsApi.PrepareConversationAsync(
            caller, conversationId, userId ?? activity.From?.Id, request, store, conversations, ct);
        if (user is null)
        {
            return notReady!;
        }

        var baseUrl = DirectLineRequests.BaseUrl(request);
        var now = time.GetUtcNow();
        var stored = upload.Files.Select(f => new DirectLineAttachment
        {
            Id = DirectLineIds.NewAttachmentId(),
            ConversationId = conversationId,
            ContentType = f.ContentType,
            Name = f.Name,
            Content = f.Content,
            CreatedAt = now,
        }).ToList();
        await store.SaveAttachmentsAsync(stored, ct);
        DirectLineLog.Uploaded(logger, conversationId, stored.Count, totalBytes);

        activity.Attachments = stored
            .Select(a => new Attachment { ContentType = a.ContentType, ContentUrl = $"{baseUrl}/v3/directline/attachments/{a.Id}", Name = a.Name })
            .ToList();
        conversations.StampFromClient(activity, conversationId, user, baseUrl);
        var (id, botAccepted) = await conversations.PostAsync(conversationId, activity, ct);
        return botAccepted ? DirectLineConversationsApi.Accepted(id) : DirectLineErrors.BotRejected();
    }

    private static async Task<IResult> DownloadAsync(string attachmentId, HttpResponse response, DirectLineStore store, CancellationToken ct)
    {
        var attachment = attachmentId.Length <= 64 ? await store.FindAttachmentAsync(attachmentId, ct) : null;
        if (attachment is null)
        {
            return DirectLineErrors.NotFound("Attachment not found.");
        }
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        var disposition = new ContentDispositionHeaderValue("inline");
        disposition.SetHttpFileName(attachment.Name);
        response.Headers.ContentDisposition = disposition.ToString();
        return TypedResults.Bytes(attachment.Content, attachment.ContentType);
    }
}
