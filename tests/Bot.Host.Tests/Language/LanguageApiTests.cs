using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Domain.Language;
using Bot.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Host.Tests.Language;

public sealed class LanguageApiTests
{
    private const string Key = "operator-test-key";

    [Fact]
    public async Task Parse_returns_the_understanding_as_json()
    {
        await using var factory = StubbedHost();
        using var client = Client(factory, Key);

        using var response = await client.PostAsJsonAsync(
            "/api/language/parse", new { text = "I'll sue you, ra123456785cn is lost", locale = "en-US" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("TrackShipment", root.GetProperty("intent").GetString());
        Assert.Equal("stub", root.GetProperty("source").GetString());
        var entity = Assert.Single(root.GetProperty("entities").EnumerateArray().ToArray());
        Assert.Equal("TrackingNumber", entity.GetProperty("kind").GetString());
        Assert.Equal(StubLanguageUnderstanding.TrackingNumber, entity.GetProperty("value").GetString());
        Assert.Equal("ra123456785cn", entity.GetProperty("text").GetString());
        Assert.True(root.GetProperty("signals").GetProperty("legalThreat").GetBoolean());
    }

    [Fact]
    public async Task Parse_uses_the_configured_offline_recogniser_by_default()
    {
        await using var factory = new BotHostFactory().WithConfig("Language:OperatorApiKey", Key);
        using var client = Client(factory, Key);

        using var response = await client.PostAsJsonAsync("/api/language/parse", new { text = "where is my parcel RA123456785CN?", locale = "en-US" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("offline", json.RootElement.GetProperty("source").GetString());
        Assert.Contains(
            json.RootElement.GetProperty("entities").EnumerateArray(),
            e => e.GetProperty("value").GetString() == StubLanguageUnderstanding.TrackingNumber);
    }

    [Fact]
    public async Task Parse_does_not_exist_when_no_operator_key_is_configured()
    {
        await using var factory = new BotHostFactory().WithServices(UseStub);
        using var client = Client(factory, Key);

        using var response = await client.PostAsJsonAsync("/api/language/parse", new { text = "hello" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Parse_without_a_bearer_key_is_unauthorized()
    {
        await using var factory = StubbedHost();
        using var client = Client(factory, key: null);

        using var response = await client.PostAsJsonAsync("/api/language/parse", new { text = "hello" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Fact]
    public async Task Parse_with_a_wrong_key_is_forbidden()
    {
        await using var factory = StubbedHost();
        using var client = Client(factory, "not-the-key");

        using var response = await client.PostAsJsonAsync("/api/language/parse", new { text = "hello" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task Parse_rejects_empty_text_with_problem_details(string? text)
    {
        await using var factory = StubbedHost();
        using var client = Client(factory, Key);

        using var response = await client.PostAsJsonAsync("/api/language/parse", new { text });

        await AssertValidationProblemAsync(response, "text");
    }

    [Fact]
    public async Task Parse_rejects_text_longer_than_2000_characters()
    {
        await using var factory = StubbedHost();
        using var client = Client(factory, Key);

        using var accepted = await client.PostAsJsonAsync("/api/language/parse", new { text = new string('a', 2000) });
        using var rejected = await client.PostAsJsonAsync("/api/language/parse", new { text = new string('a', 2001) });

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        await AssertValidationProblemAsync(rejected, "text");
    }

    [Fact]
    public async Task Parse_rejects_a_body_that_is_not_json()
    {
        await using var factory = StubbedHost();
        using var client = Client(factory, Key);
        using var body = new StringContent("{\"text\": ", System.Text.Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(new Uri("/api/language/parse", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task AssertValidationProblemAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }

    private static BotHostFactory StubbedHost() =>
        new BotHostFactory().WithConfig("Language:OperatorApiKey", Key).WithServices(UseStub);

    private static void UseStub(IServiceCollection services) =>
        services.AddSingleton<ILanguageUnderstanding, StubLanguageUnderstanding>();

    private static HttpClient Client(BotHostFactory factory, string? key)
    {
        var client = factory.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return client;
    }
}
