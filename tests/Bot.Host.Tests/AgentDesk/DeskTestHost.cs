using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Bot.Domain.Complaints;
using Bot.Domain.Conversations;
using Bot.Domain.Handoff;
using Bot.Host.AgentDesk;
using Bot.Host.Handoff;
using Bot.Host.Tests.DirectLine;
using Bot.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Host.Tests.AgentDesk;

/// <summary>
/// An in-memory host with the desk's first admin from configuration and a Direct Line secret: adds accounts, signs in
/// (cookie-keeping clients), opens hub connections with the sign-in cookie and escalates real Direct Line conversations.
/// </summary>
internal sealed class DeskTestHost : IAsyncDisposable
{
    public const string AdminUserName = "root";
    public const string AdminPassword = "root-password-0123";
    public const string AdminDisplayName = "Root Admin";
    public const string Password = "agent-password-0123";

    private readonly List<IAsyncDisposable> open = [];

    public DeskTestHost(Action<BotHostFactory>? configure = null)
    {
        Factory = DirectLineTestClient.CreateHost()
            .WithConfig("AgentDesk:Admin:UserName", AdminUserName)
            .WithConfig("AgentDesk:Admin:Password", AdminPassword)
            .WithConfig("AgentDesk:Admin:DisplayName", AdminDisplayName)
            .WithConfig("Handoff:OpeningHours:AlwaysOpen", "true")
            .WithConfig("Handoff:QueueWithoutOnlineAgents", "true");
        configure?.Invoke(Factory);
        DirectLine = new DirectLineTestClient(Factory);
    }

    public BotHostFactory Factory { get; }

    public DirectLineTestClient DirectLine { get; }

    public HttpClient CreateClient() => Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });

    public async Task<AgentAccount> AddAccountAsync(string userName, AgentRoles roles, IReadOnlyCollection<Skill>? skills = null)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<DeskAccounts>().CreateAsync(
            new NewDeskAccount(userName, $"{userName} name", roles, skills ?? [], [], Password: Password), CancellationToken.None);
        return created.Account ?? throw new InvalidOperationException(created.Error);
    }

    public static HttpRequestMessage DeskRequest(HttpMethod method, string path, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add(DeskRequestGuard.HeaderName, "1");
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        return request;
    }

    /// <summary>Signs in; the session's client keeps the cookie, <see cref="DeskSession.Cookie"/> holds it for the hub.</summary>
    public async Task<DeskSession> SignInAsync(string userName, string password = Password)
    {
        var client = CreateClient();
        using var request = DeskRequest(HttpMethod.Post, "/agent/login", new { userName, password });
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("BotDesk=", StringComparison.Ordinal));
        return new DeskSession(client, cookie.Split(';')[0]);
    }

    public async Task<HubConnection> ConnectAsync(DeskSession session)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(Factory.Server.BaseAddress, AgentDeskExtensions.HubPath), HttpTransportType.LongPolling, options =>
            {
                options.HttpMessageHandlerFactory = _ => Factory.Server.CreateHandler();
                options.Headers["Cookie"] = session.Cookie;
            })
            .AddJsonProtocol(json => json.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .Build();
        open.Add(connection);
        await connection.StartAsync();
        // The handshake completes before the hub's OnConnectedAsync has put the connection in its groups; the hub handles
        // a connection's invocations only after that, so one round trip makes the connection ready for pushes.
        await connection.InvokeAsync<IReadOnlyList<QueueEntryView>>("GetQueue");
        return connection;
    }

    /// <summary>Starts a Direct Line conversation, says hello, and escalates it the way the dialogs do; returns ids.</summary>
    public async Task<(string EscalationId, string ConversationId, string Token)> EscalateAsync(
        IReadOnlyList<string>? trackingNumbers = null)
    {
        var started = await DirectLine.StartAsync();
        var conversationId = (string)started["conversationId"]!;
        var token = (string)started["token"]!;
        await DirectLine.SendMessageAsync(conversationId, token, "hello", Guid.NewGuid().ToString("N"));
        var ticket = await Factory.Services.GetRequiredService<IHandoffRequests>().RequestAsync(
            new HandoffRequest(new ConversationAddress("directline", conversationId), EscalationReason.CustomerAskedForPerson,
                Skill.Tracking, "en", TrackingNumbers: trackingNumbers),
            CancellationToken.None);
        Assert.Equal(HandoffOutcome.Queued, ticket.Outcome);
        return (ticket.EscalationId!, conversationId, token);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var item in open)
        {
            await item.DisposeAsync();
        }
        await Factory.DisposeAsync();
    }
}
