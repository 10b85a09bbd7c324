using System.Net;
using System.Text.Json.Nodes;
using Bot.Protocol.Connector;
using Bot.Protocol.Schema;

namespace Bot.Protocol.Tests.Connector;

public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string ChannelThread = "19:abc@thread.tacv2;messageid=123";
    private const string EscapedChannelThread = "19%3Aabc%40thread.tacv2%3Bmessageid%3D123";
    private ConnectorHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ConnectorHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Reply_posts_to_the_escaped_activity_path_under_the_service_url_prefix()
    {
        _harness.Channel.Enqueue(200, """{"id":"1795663299999"}""");

        var response = await _harness.Client.ReplyToActivityAsync(_harness.ServiceUrl, ChannelThread, "a:1|x", Reply(), CancellationToken.None);

        var request = Assert.Single(_harness.Channel.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/teams/v3/conversations/{EscapedChannelThread}/activities/a%3A1%7Cx", request.RawTarget);
        Assert.Equal($"Bearer {TokenEndpointStandIn.TokenFor(1)}", request.Authorization);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        Assert.Equal("1795663299999", response.Id);
        var body = JsonNode.Parse(request.Body)!.AsObject();
        Assert.False(body.ContainsKey("id"));
        Assert.Equal("thanks", body["text"]!.GetValue<string>());
        Assert.Equal(ChannelThread, body["conversation"]!["id"]!.GetValue<string>());
        Assert.DoesNotContain("null", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_to_conversation_adds_the_missing_slash_after_the_service_url()
    {
        var response = await _harness.Client.SendToConversationAsync(_harness.ServiceUrl.TrimEnd('/'), "a:personal-chat-1", Reply(), CancellationToken.None);

        var request = Assert.Single(_harness.Channel.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/teams/v3/conversations/a%3Apersonal-chat-1/activities", request.RawTarget);
        Assert.Equal("sent-1", response.Id);
    }

    [Fact]
    public async Task Update_puts_the_full_activity_with_its_id_and_delete_sends_no_body()
    {
        await _harness.Client.UpdateActivityAsync(_harness.ServiceUrl, "a:1", "17956", Reply(), CancellationToken.None);
        _harness.Channel.Enqueue(200);
        await _harness.Client.DeleteActivityAsync(_harness.ServiceUrl, "a:1", "17956", CancellationToken.None);

        var requests = _harness.Channel.Requests.ToArray();
        Assert.Equal(("PUT", "/teams/v3/conversations/a%3A1/activities/17956"), (requests[0].Method, requests[0].RawTarget));
        Assert.Equal("17956", JsonNode.Parse(requests[0].Body)!["id"]!.GetValue<string>());
        Assert.Equal(("DELETE", "/teams/v3/conversations/a%3A1/activities/17956"), (requests[1].Method, requests[1].RawTarget));
        Assert.Equal("", requests[1].Body);
        Assert.NotNull(requests[1].Authorization);
    }

    [Fact]
    public async Task Empty_success_body_gives_a_response_without_id()
    {
        _harness.Channel.Enqueue(202);

        var response = await _harness.Client.SendToConversationAsync(_harness.ServiceUrl, "a:1", Reply(), CancellationToken.None);

        Assert.Null(response.Id);
    }

    [Fact]
    public async Task Create_conversation_posts_parameters_and_reads_the_new_id()
    {
        _harness.Channel.Enqueue(201, """{"id":"a:new-chat","activityId":"1795"}""");
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount("28:bot"),
            Members = [new ChannelAccount("29:user")],
            TenantId = "tenant-1",
            Activity = new Activity { Type = ActivityTypes.Message, Id = "local", Text = "hello" },
        };

        var created = await _harness.Client.CreateConversationAsync(_harness.ServiceUrl, parameters, CancellationToken.None);

        var request = Assert.Single(_harness.Channel.Requests);
        Assert.Equal(("POST", "/teams/v3/conversations"), (request.Method, request.RawTarget));
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("29:user", body["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("tenant-1", body["tenantId"]!.GetValue<string>());
        Assert.False(body["activity"]!.AsObject().ContainsKey("id"));
        Assert.Equal(new ConversationResourceResponse("a:new-chat", "1795"), created);
        Assert.Equal("local", parameters.Activity.Id);
    }

    [Fact]
    public async Task Members_are_read_from_the_escaped_members_paths()
    {
        _harness.Channel.Enqueue(200, """[{"id":"29:u1","name":"Alex","aadObjectId":"aad-1"},{"id":"28:bot"}]""");
        _harness.Channel.Enqueue(200, """{"id":"29:u1","name":"Alex","email":"alex@contoso.com","userRole":"user","tenantId":"t"}""");

        var members = await _harness.Client.GetConversationMembersAsync(_harness.ServiceUrl, ChannelThread, CancellationToken.None);
        var member = await _harness.Client.GetConversationMemberAsync(_harness.ServiceUrl, ChannelThread, "29:u1", CancellationToken.None);

        Assert.Equal(["29:u1", "28:bot"], members.Select(m => m.Id));
        Assert.Equal("alex@contoso.com", member!.Email);
        Assert.Equal(
            [$"GET /teams/v3/conversations/{EscapedChannelThread}/members", $"GET /teams/v3/conversations/{EscapedChannelThread}/members/29%3Au1"],
            _harness.Channel.Requests.Select(r => $"{r.Method} {r.RawTarget}"));
    }

    [Fact]
    public async Task Throttled_request_waits_for_retry_after_then_succeeds()
    {
        _harness.Channel.Enqueue(429, """{"error":{"code":"Throttled","message":"slow down"}}""", r => r.Headers.RetryAfter = "2");
        _harness.Channel.Enqueue(200, """{"id":"after-throttle"}""");

        var response = await _harness.Client.SendToConversationAsync(_harness.ServiceUrl, "a:1", Reply(), CancellationToken.None);

        Assert.Equal("after-throttle", response.Id);
        Assert.Equal(2, _harness.Channel.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(2)], _harness.Time.Delays);
    }

    [Fact]
    public async Task Throttled_request_keeps_retrying_past_the_attempt_limit_while_within_the_throttle_budget()
    {
        for (var i = 0; i < 6; i++)
        {
            _harness.Channel.Enqueue(429, headers: r => r.Headers.RetryAfter = "1");
        }
        _harness.Channel.Enqueue(200, """{"id":"delivered-late"}""");

        var response = await _harness.Client.SendToConversationAsync(_harness.ServiceUrl, "a:1", Reply(), CancellationToken.None);

        Assert.Equal("delivered-late", response.Id);
        Assert.Equal(7, _harness.Channel.Requests.Count);
        Assert.Equal(Enumerable.Repeat(TimeSpan.FromSeconds(1), 6), _harness.Time.Delays);
    }

    [Fact]
    public async Task Throttling_longer_than_the_budget_fails_with_429()
    {
        for (var i = 0; i < 5; i++)
        {
            _harness.Channel.Enqueue(429, headers: r => r.Headers.RetryAfter = "30");
        }

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            _harness.Client.SendToConversationAsync(_harness.ServiceUrl, "a:1", Reply(), CancellationToken.None));

        // 30 + 30 + 30 s fit the default 90 s budget; a fourth wait would not.
        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(4, _harness.Channel.Requests.Count);
        Assert.Equal(Enumerable.Repeat(TimeSpan.FromSeconds(30), 3), _harness.Time.Delays);
    }

    [Fact]
    public async Task Throttling_with_zero_retry_after_still_ends()
    {
        for (var i = 0; i < 400; i++)
        {
            _harness.Channel.Enqueue(429, headers: r => r.Headers.RetryAfter = "0");
        }

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            _harness.Client.SendToConversationAsync(_harness.ServiceUrl, "a:1", Reply(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(361, _harness.Channel.Requests.Count);
    }

    [Fact]
    public async Task Retry_after_as_an_http_date_is_measured_from_the_injected_clock()
    {
        var retryAt = _harness.Time.GetUtcNow().AddSeconds(5);
        _harness.Channel.Enqueue(429, headers: r => r.Headers.RetryAfter = retryAt.ToString("R"));

        await _harness.Client.SendToConversationAsync(_harness.ServiceUrl, "a:1", Reply(), CancellationToken.None);

        Assert.Equal([TimeSpan.FromSeconds(5)], _harness.Time.Delays);
    }

    [Fact]
    public async Task Service_unavailable_twice_is_retried_with_growing_backoff()
    {
        _harness.Channel.Enqueue(503);
        _harness.Channel.Enqueue(503);
        _harness.Channel.Enqueue(200, """{"id":"third-time"}""");

        var response = await _harness.Client.SendToConversationAsync(_harness.ServiceUrl, "a:1", Reply(), CancellationToken.None);

        Assert.Equal("third-time", response.Id);
        Assert.Equal(3, _harness.Channel.Requests.Count);
        var delays = _harness.Time.Delays.ToArray();
        Assert.Equal(2, delays.Length);
        Assert.InRange(delays[0], TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1));
        Assert.InRange(delays[1], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task Bad_request_throws_with_the_error_body_and_is_not_retried()
    {
        _harness.Channel.Enqueue(400, """{"error":{"code":"BadArgument","message":"Activity text too long"}}""");

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            _harness.Client.ReplyToActivityAsync(_harness.ServiceUrl, "a:1", "17", Reply(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("BadArgument", error.Error!.Error.Code);
        Assert.Equal("Activity text too long", error.Error.Error.Message);
        Assert.Single(_harness.Channel.Requests);
        Assert.Empty(_harness.Time.Delays);
    }

    [Fact]
    public async Task Forbidden_with_a_Teams_error_shape_keeps_the_raw_body()
    {
        _harness.Channel.Enqueue(403, """{"errorCode":209,"message":"blocked","subCode":"MessageWritesBlocked"}""");

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            _harness.Client.SendToConversationAsync(_harness.ServiceUrl, "a:1", Reply(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Null(error.Error);
        Assert.Contains("MessageWritesBlocked", error.ResponseBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retries_stop_after_the_configured_attempts()
    {
        for (var i = 0; i < 6; i++)
        {
            _harness.Channel.Enqueue(502);
        }

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            _harness.Client.SendToConversationAsync(_harness.ServiceUrl, "a:1", Reply(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Equal(4, _harness.Channel.Requests.Count);
        Assert.Equal(3, _harness.Time.Delays.Count);
    }

    private static Activity Reply() => new()
    {
        Type = ActivityTypes.Message,
        Id = "must-not-be-sent",
        Text = "thanks",
        From = new ChannelAccount("28:bot", "Bot"),
        Recipient = new ChannelAccount("29:user"),
        Conversation = new ConversationAccount(ChannelThread),
    };
}
