using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Bot.Host.Operations;
using Bot.Host.Tests.Infrastructure;
using Bot.Host.Tests.Messaging;

namespace Bot.Host.Tests.Teams;

/// <summary>The real host talking to a <see cref="FakeTeamsConnector"/>: posts Teams activities and operator calls, reads what Teams got.</summary>
internal sealed class TeamsTestHost : IAsyncDisposable
{
    public const string OperatorKey = "teams-test-operator-key";

    private readonly HttpClient client;

    private TeamsTestHost(BotHostFactory host, FakeTeamsConnector teams)
    {
        Host = host;
        Teams = teams;
        client = host.CreateClient();
    }

    public BotHostFactory Host { get; }

    public FakeTeamsConnector Teams { get; }

    public string ServiceUrl => Teams.ServiceUrl;

    /// <summary>What the bot sent to Teams (accepted posts), in order.</summary>
    public IReadOnlyList<JsonObject> Sent => [.. Teams.Accepted.Where(r => r.Method == "POST" && r.Body is not null).Select(r => r.Body!)];

    /// <summary>The calls to the members API so far.</summary>
    public IReadOnlyList<TeamsConnectorRequest> MemberLookups => [.. Teams.Requests.Where(r => r.Method == "GET" && r.Path.Contains("/members/", StringComparison.Ordinal))];

    public static async Task<TeamsTestHost> StartAsync(params (string Key, string? Value)[] settings)
    {
        var teams = await FakeTeamsConnector.StartAsync();
        var host = new BotHostFactory().WithConfig("Operations:ApiKey", OperatorKey);
        foreach (var (key, value) in settings)
        {
            host.WithConfig(key, value);
        }
        return new TeamsTestHost(host, teams);
    }

    /// <summary>Posts an activity to /api/messages; the turn's replies have reached Teams when this returns.</summary>
    public async Task PostAsync(JsonObject activity)
    {
        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), ActivityJson.Content(activity));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>A personal-chat message from the default user (Li Wei, an AAD object id no customer knows).</summary>
    public Task SayAsync(string conversation, string text) =>
        PostAsync(TeamsActivityJson.Message(ServiceUrl, "personal", conversation, text));

    /// <summary>An operator call (scan, complaint update, resolution) with the operator key.</summary>
    public async Task<HttpStatusCode> OperateAsync(string path, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(OperatorKeyFilter.HeaderName, OperatorKey);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>Every string value in the bodies (texts, card texts, button titles ...), one per line, unescaped.</summary>
    public static string AllText(IEnumerable<JsonNode?> bodies) => string.Join("\n", bodies.SelectMany(Strings));

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var text) => [text],
        _ => [],
    };

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await Host.DisposeAsync();
        await Teams.DisposeAsync();
    }
}
