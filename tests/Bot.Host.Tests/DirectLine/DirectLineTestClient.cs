using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Bot.Host.Tests.Infrastructure;

namespace Bot.Host.Tests.DirectLine;

/// <summary>Speaks Direct Line 3.0 to an in-memory host the way DirectLineJS does.</summary>
internal sealed class DirectLineTestClient(BotHostFactory factory)
{
    public const string Secret = "test-directline-secret-0123456789";
    public const string Base = "/v3/directline";

    private readonly HttpClient http = factory.CreateClient();

    public static BotHostFactory CreateHost() => new BotHostFactory()
        .WithConfig("DirectLine:Secret", Secret)
        .WithConfig("DirectLine:TokenSigningKey", "test-signing-key-0123456789-0123456789");

    public BotHostFactory Factory => factory;

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        return await http.SendAsync(request);
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<JsonObject> ReadObjectAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public async Task<JsonObject> GenerateAsync(string? body = null)
    {
        using var response = await SendAsync(HttpMethod.Post, $"{Base}/tokens/generate", Secret, body is null ? null : Json(body));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadObjectAsync(response);
    }

    /// <summary>Generates a token and starts its conversation; returns the Conversation object (token, streamUrl, ...).</summary>
    public async Task<JsonObject> StartAsync()
    {
        var generated = await GenerateAsync();
        using var response = await SendAsync(HttpMethod.Post, $"{Base}/conversations", (string)generated["token"]!, Json("""{"user":{"id":"user1"}}"""));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await ReadObjectAsync(response);
    }

    public async Task<HttpResponseMessage> PostActivityAsync(string conversationId, string token, string activityJson) =>
        await SendAsync(HttpMethod.Post, $"{Base}/conversations/{conversationId}/activities", token, Json(activityJson));

    /// <summary>Posts a message with a clientActivityID as Web Chat does and returns the server id.</summary>
    public async Task<string> SendMessageAsync(string conversationId, string token, string text, string clientActivityId)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["textFormat"] = "plain",
            ["channelId"] = "webchat",
            ["from"] = new JsonObject { ["id"] = "user1", ["role"] = "user" },
            ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId },
        };
        using var response = await PostActivityAsync(conversationId, token, activity.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (string)(await ReadObjectAsync(response))["id"]!;
    }

    public async Task<JsonObject> GetActivitiesAsync(string conversationId, string token, string? watermark = "")
    {
        var query = watermark is null ? "" : $"?watermark={Uri.EscapeDataString(watermark)}";
        using var response = await SendAsync(HttpMethod.Get, $"{Base}/conversations/{conversationId}/activities{query}", token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadObjectAsync(response);
    }

    public async Task<WebSocket> ConnectAsync(string streamUrl)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await factory.Server.CreateWebSocketClient().ConnectAsync(new Uri(streamUrl), timeout.Token);
    }

    /// <summary>The next non-empty text frame, parsed as an ActivitySet; fails after a few seconds.</summary>
    public static async Task<JsonObject> ReceiveSetAsync(WebSocket socket)
    {
        while (true)
        {
            var frame = await ReceiveFrameAsync(socket);
            Assert.NotNull(frame);
            if (frame.Length > 0)
            {
                return JsonNode.Parse(frame)!.AsObject();
            }
        }
    }

    /// <summary>Collects activities from frames until <paramref name="done"/> holds for what has arrived.</summary>
    public static async Task<List<JsonObject>> ReceiveUntilAsync(WebSocket socket, Func<List<JsonObject>, bool> done)
    {
        var activities = new List<JsonObject>();
        while (!done(activities))
        {
            var set = await ReceiveSetAsync(socket);
            activities.AddRange(set["activities"]!.AsArray().Select(a => a!.AsObject()));
        }
        return activities;
    }

    /// <summary>One text frame ("" for a keep-alive), or null when the server closed the socket.</summary>
    public static async Task<string?> ReceiveFrameAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var text = new MemoryStream();
        var buffer = new byte[8192];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }
            text.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(text.ToArray());
            }
        }
    }

    public static List<JsonObject> Activities(JsonObject set) => set["activities"]!.AsArray().Select(a => a!.AsObject()).ToList();

    public static bool IsBotMessage(JsonObject activity) =>
        (string?)activity["type"] == "message" && (string?)activity["from"]?["role"] == "bot";

    /// <summary>The <c>user</c> claim of a Direct Line JWT, read the way Web Chat reads it (no signature check).</summary>
    public static string TokenUser(string token)
    {
        var payload = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        return (string)JsonNode.Parse(Convert.FromBase64String(payload))!["user"]!;
    }
}
