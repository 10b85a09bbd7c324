using System.Net;
using System.Text.Json;

namespace Bot.Host.Tests.EndToEnd;

[Collection(WebChatCollection.Name)]
public sealed class WebChatAssetTests(WebChatFixture fixture)
{
    [Fact]
    public async Task Page_is_served_with_a_content_security_policy_that_allows_only_own_scripts()
    {
        using var client = fixture.CreateClient();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains($"connect-src 'self' ws://{fixture.BaseAddress.Authority} wss://{fixture.BaseAddress.Authority};", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<script src=\"/lib/webchat.js\"></script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Web_chat_bundle_copied_by_the_build_is_served_from_lib()
    {
        using var client = fixture.CreateClient();

        using var response = await client.GetAsync(new Uri("/lib/webchat.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Content.Headers.ContentLength > 1_000_000, "The full Web Chat bundle is about 3.9 MB.");
    }

    [Fact]
    public async Task Branding_is_delivered_as_json_with_markup_escaped()
    {
        using var client = fixture.CreateClient();

        var json = await client.GetStringAsync(new Uri("/webchat/config.json", UriKind.Relative));

        Assert.DoesNotContain("<b>", json, StringComparison.Ordinal);
        using var config = JsonDocument.Parse(json);
        Assert.Equal(WebChatFixture.Title, config.RootElement.GetProperty("title").GetString());
        Assert.Equal("Test Assistant", config.RootElement.GetProperty("botName").GetString());
        Assert.Equal("#123456", config.RootElement.GetProperty("primaryColor").GetString());
        Assert.Equal("#ff8800", config.RootElement.GetProperty("accentColor").GetString());
        Assert.Equal("LA", config.RootElement.GetProperty("botAvatarInitials").GetString());
    }
}
