using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Bot.Protocol.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Protocol.Connector;

/// <summary>
/// The bot → channel Connector REST API (PROTOCOL.md §3.3). Attaches the bot token, retries throttling and transient
/// failures (§5.6) and throws <see cref="ConnectorException"/> for anything the channel refuses.
/// </summary>
public sealed class ConnectorClient(
    HttpClient http,
    IBotTokenProvider tokens,
    TimeProvider time,
    IOptions<ConnectorRetryOptions> retry,
    ILogger<ConnectorClient> log)
{
    private const int MaxBodyInException = 4096;
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    public Task<ResourceResponse> ReplyToActivityAsync(
        string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        SendActivityAsync("ReplyToActivity", HttpMethod.Post, ConnectorUris.Activity(serviceUrl, conversationId, replyToId),
            activity with { Id = null }, cancellationToken);

    public Task<ResourceResponse> SendToConversationAsync(
        string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendActivityAsync("SendToConversation", HttpMethod.Post, ConnectorUris.Activities(serviceUrl, conversationId),
            activity with { Id = null }, cancellationToken);

    // An update is a full replacement of the activity with that id, so the id stays in the body.
    public Task<ResourceResponse> UpdateActivityAsync(
        string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendActivityAsync("UpdateActivity", HttpMethod.Put, ConnectorUris.Activity(serviceUrl, conversationId, activityId),
            activity with { Id = activityId }, cancellationToken);

    public async Task DeleteActivityAsync(
        string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        using var response = await SendAsync("DeleteActivity", HttpMethod.Delete,
            ConnectorUris.Activity(serviceUrl, conversationId, activityId), body: null, cancellationToken);
    }

    public async Task<ConversationResourceResponse> CreateConversationAsync(
        string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        var outgoing = parameters with { Activity = parameters.Activity is null ? null : parameters.Activity with { Id = null } };
        var body = JsonSerializer.SerializeToUtf8Bytes(outgoing, ProtocolJsonContext.Default.ConversationParameters);
        using var response = await SendAsync("CreateConversation", HttpMethod.Post, ConnectorUris.Conversations(serviceUrl), body, cancellationToken);
        return await ReadAsync(response, ProtocolJsonContext.Default.ConversationResourceResponse, cancellationToken)
            ?? new ConversationResourceResponse(null);
    }

    public async Task<IReadOnlyList<ChannelAccount>> GetConversationMembersAsync(
        string serviceUrl, string conversationId, CancellationToken cancellationToken)
    {
        using var response = await SendAsync("GetConversationMembers", HttpMethod.Get,
            ConnectorUris.Members(serviceUrl, conversationId), body: null, cancellationToken);
        return await ReadAsync(response, ProtocolJsonContext.Default.ListChannelAccount, cancellationToken) ?? [];
    }

    /// <summary>One member (a TeamsChannelAccount on Teams); null when the channel answered with an empty body.</summary>
    public async Task<ChannelAccount?> GetConversationMemberAsync(
        string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken)
    {
        using var response = await SendAsync("GetConversationMember", HttpMethod.Get,
            ConnectorUris.Member(serviceUrl, conversationId, memberId), body: null, cancellationToken);
        return await ReadAsync(response, ProtocolJsonContext.Default.ChannelAccount, cancellationToken);
    }

    private async Task<ResourceResponse> SendActivityAsync(
        string operation, HttpMethod method, Uri uri, Activity activity, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJsonContext.Default.Activity);
        using var response = await SendAsync(operation, method, uri, body, cancellationToken);
        // Some channels answer 200/202 with no body; the SDK then reports an activity without an id.
        return await ReadAsync(response, ProtocolJsonContext.Default.ResourceResponse, cancellationToken) ?? new ResourceResponse(null);
    }

    private async Task<HttpResponseMessage> SendAsync(
        string operation, HttpMethod method, Uri uri, byte[]? body, CancellationToken cancellationToken)
    {
        var options = retry.Value;
        var maxAttempts = Math.Max(1, options.MaxAttempts);
        var failures = 0;
        var throttles = 0;
        var throttledFor = TimeSpan.Zero;
        while (true)
        {
            using var request = new HttpRequestMessage(method, uri);
            if (body is not null)
            {
                request.Content = new ByteArrayContent(body) { Headers = { ContentType = JsonMediaType } };
            }
            // Asked per attempt: MSAL answers from its cache and renews a token that expired while we waited.
            var token = await tokens.GetTokenAsync(cancellationToken);
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            }
            catch (HttpRequestException ex) when (failures + 1 < maxAttempts)
            {
                var wait = RetryDelays.Backoff(++failures, options);
                ConnectorLog.RetryingAfterException(log, ex, operation, failures, wait.TotalMilliseconds);
                await Task.Delay(wait, time, cancellationToken);
                continue;
            }

            if (response.IsSuccessStatusCode)
            {
                ConnectorLog.RequestSucceeded(log, operation, (int)response.StatusCode);
                return response;
            }
            TimeSpan? retryIn = null;
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var wait = RetryDelays.For(response.Headers.RetryAfter, ++throttles, options, time.GetUtcNow());
                // A zero Retry-After still spends some budget, so a channel that keeps answering 429 cannot hold us forever.
                var charged = wait > RetryDelays.MinimumCharge ? wait : RetryDelays.MinimumCharge;
                if (throttledFor + charged <= options.ThrottleBudget)
                {
                    throttledFor += charged;
                    retryIn = wait;
                }
            }
            else if (failures + 1 < maxAttempts && RetryDelays.IsRetryable(response.StatusCode))
            {
                retryIn = RetryDelays.For(response.Headers.RetryAfter, ++failures, options, time.GetUtcNow());
            }
            if (retryIn is { } delay)
            {
                ConnectorLog.RetryingAfterStatus(log, operation, (int)response.StatusCode, failures + throttles, delay.TotalMilliseconds);
                response.Dispose();
                await Task.Delay(delay, time, cancellationToken);
                continue;
            }
            using (response)
            {
                throw await FailureAsync(operation, response, failures + throttles + 1, cancellationToken);
            }
        }
    }

    private async Task<ConnectorException> FailureAsync(
        string operation, HttpResponseMessage response, int attempt, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        ErrorResponse? error = null;
        try
        {
            error = text.Length == 0 ? null : JsonSerializer.Deserialize(text, ProtocolJsonContext.Default.ErrorResponse);
        }
        catch (JsonException)
        {
            // Not the Bot Framework error shape; the raw body is kept below.
        }
        var status = response.StatusCode;
        ConnectorLog.RequestFailed(log, operation, (int)status, error?.Error?.Code, attempt);
        var message = $"Connector {operation} failed with {(int)status} {status}"
            + (error?.Error is { } detail ? $": {detail.Code} {detail.Message}" : ".");
        var body = text.Length > MaxBodyInException ? text[..MaxBodyInException] : text;
        return new ConnectorException(message, status, error?.Error is null ? null : error, body.Length == 0 ? null : body);
    }

    private static async Task<T?> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (bytes.AsSpan().Trim(" \t\r\n"u8).IsEmpty || response.StatusCode == HttpStatusCode.NoContent)
        {
            return default;
        }
        return JsonSerializer.Deserialize(bytes, typeInfo);
    }
}
