using System.Net.WebSockets;
using Microsoft.Extensions.Options;

namespace Bot.Host.DirectLine;

/// <summary>Runs one accepted WebSocket: replay, live pushes, keep-alives; ends on client close, collision or lag.</summary>
internal sealed class DirectLineStreamSession(
    DirectLineStore store,
    IDirectLineBroadcaster broadcaster,
    DirectLineStreamRegistry registry,
    IOptions<DirectLineOptions> options,
    TimeProvider time,
    ILogger<DirectLineStreamSession> logger)
{
    private const int ReplayPageSize = 200;
    private const int MaxBatch = 100;

    public async Task RunAsync(WebSocket socket, string conversationId, long afterSequence, CancellationToken requestAborted)
    {
        var registration = registry.Register(conversationId);
        using var subscription = broadcaster.Subscribe(conversationId);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, registration.Token);
        var closeReason = "closed";
        var closeStatus = WebSocketCloseStatus.NormalClosure;
        DirectLineLog.StreamOpened(logger, conversationId, afterSequence);
        // Receiving is not tied to `stop`: cancelling a receive aborts the socket before the close frame can say why.
        var receive = ReceiveUntilClosedAsync(socket, requestAborted);
        try
        {
            // Subscribed before replaying, so nothing falls between; live copies of replayed entries are skipped.
            var sent = await ReplayAsync(socket, conversationId, afterSequence, stop.Token);
            closeReason = await PushLiveAsync(socket, subscription, receive, sent, stop.Token);
        }
        catch (OperationCanceledException) when (registration.IsCancellationRequested)
        {
            closeReason = "collision";
            closeStatus = WebSocketCloseStatus.PolicyViolation;
        }
        catch (OperationCanceledException) when (requestAborted.IsCancellationRequested)
        {
            closeReason = "aborted";
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Store failure, lagging subscriber or broken socket: close, and the client reconnects from its watermark.
            DirectLineLog.StreamFailed(logger, exception, conversationId);
            closeReason = "failed";
            closeStatus = WebSocketCloseStatus.EndpointUnavailable;
        }
        finally
        {
            registry.Unregister(conversationId, registration);
        }
        await CloseAsync(socket, closeStatus, closeReason);
        try
        {
            // Let the peer answer our close frame; a network wait, so real time rather than the injected clock.
            await receive.WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None);
        }
        catch (TimeoutException)
        {
            // The peer never acknowledged; disposing the socket aborts it.
        }
        DirectLineLog.StreamClosed(logger, conversationId, closeReason);
    }

    private async Task<long> ReplayAsync(WebSocket socket, string conversationId, long afterSequence, CancellationToken ct)
    {
        var sent = afterSequence;
        while (true)
        {
            var page = await store.ReadAfterAsync(conversationId, sent, ReplayPageSize, ct);
            if (page.Count == 0)
            {
                return sent;
            }
            sent = page[^1].Sequence!.Value;
            await SendAsync(socket, ActivitySetWriter.Write(page, ActivitySetWriter.Watermark(sent)), ct);
            if (page.Count < ReplayPageSize)
            {
                return sent;
            }
        }
    }

    private async Task<string> PushLiveAsync(WebSocket socket, IDirectLineSubscription subscription, Task receive, long sent, CancellationToken ct)
    {
        var keepAlive = options.Value.KeepAliveInterval;
        var batch = new List<DirectLineEntry>(MaxBatch);
        Task<bool>? ready = null;
        while (true)
        {
            using var idle = CancellationTokenSource.CreateLinkedTokenSource(ct);
            ready ??= subscription.Reader.WaitToReadAsync(ct).AsTask();
            var tick = Task.Delay(keepAlive, time, idle.Token);
            var first = await Task.WhenAny(ready, tick, receive);
            await idle.CancelAsync();
            if (first == receive)
            {
                return "client closed";
            }
            if (first == tick)
            {
                await SendAsync(socket, [], ct);
                continue;
            }
            var more = await ready;
            ready = null;
            if (!more)
            {
                await subscription.Reader.Completion;
                return "closed";
            }
            batch.Clear();
            while (batch.Count < MaxBatch && subscription.Reader.TryRead(out var entry))
            {
                if (entry.Sequence is not { } sequence)
                {
                    batch.Add(entry);
                }
                else if (sequence > sent)
                {
                    batch.Add(entry);
                    sent = sequence;
                }
            }
            if (batch.Count > 0)
            {
                var watermark = batch.Any(e => e.Sequence is not null) ? ActivitySetWriter.Watermark(sent) : null;
                await SendAsync(socket, ActivitySetWriter.Write(batch, watermark), ct);
            }
        }
    }

    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationToken ct)
    {
        var buffer = new byte[1024];
        try
        {
            // Clients only send empty keep-alive pings; read and drop everything until the close frame.
            while (socket.State is WebSocketState.Open or WebSocketState.CloseSent)
            {
                var result = await socket.ReceiveAsync(buffer, ct);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // The connection dropped without a close handshake.
        }
    }

    private static Task SendAsync(WebSocket socket, byte[] frame, CancellationToken ct) =>
        socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, ct);

    private static async Task CloseAsync(WebSocket socket, WebSocketCloseStatus status, string reason)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await socket.CloseOutputAsync(status, reason, timeout.Token);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // The peer is gone already.
        }
    }
}
