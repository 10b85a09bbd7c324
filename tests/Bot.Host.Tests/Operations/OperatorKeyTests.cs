using System.Net;
using Bot.Host.Operations;
using Bot.Host.Tests.Infrastructure;

namespace Bot.Host.Tests.Operations;

public sealed class OperatorKeyTests
{
    private static readonly (string Method, string Path)[] Routes =
    [
        ("POST", "/api/operations/import"),
        ("POST", "/api/operations/shipments/JDIM2611260000104/events"),
        ("GET", "/api/operations/complaints/CMP-2026-000001"),
        ("POST", "/api/operations/complaints/CMP-2026-000001/updates"),
        ("POST", "/api/operations/complaints/CMP-2026-000001/resolve"),
    ];

    [Fact]
    public async Task Operator_routes_are_404_without_a_configured_key_401_without_a_key_and_403_with_a_wrong_one()
    {
        await using var unconfigured = new BotHostFactory();
        await using var host = new OperationsHost();
        using var anonymous = host.Factory.CreateClient();
        using var wrong = host.Factory.CreateClient();
        wrong.DefaultRequestHeaders.Add(OperatorKeyFilter.HeaderName, "not-the-key");
        using var closed = unconfigured.CreateClient();
        closed.DefaultRequestHeaders.Add(OperatorKeyFilter.HeaderName, OperationsHost.Key);

        foreach (var (method, path) in Routes)
        {
            using var notFound = await SendAsync(closed, method, path);
            using var unauthorized = await SendAsync(anonymous, method, path);
            using var forbidden = await SendAsync(wrong, method, path);

            Assert.True(
                (notFound.StatusCode, unauthorized.StatusCode, forbidden.StatusCode) == (HttpStatusCode.NotFound, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden),
                $"{method} {path}: {notFound.StatusCode}, {unauthorized.StatusCode}, {forbidden.StatusCode}");
        }
        Assert.Empty(host.ShipmentNotifier.Calls);
    }

    [Fact]
    public async Task The_key_is_also_accepted_as_a_bearer_token()
    {
        await using var host = new OperationsHost();
        using var client = host.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", OperationsHost.Key);

        using var response = await SendAsync(client, "POST", "/api/operations/import");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    // A body that would be valid for the import, so only the key decides.
    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path) =>
        client.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative))
        {
            Content = method == "GET" ? null : OperationsHost.Content("{}", "application/json"),
        });
}
