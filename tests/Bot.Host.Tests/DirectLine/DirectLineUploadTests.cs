using System.Net;
using System.Net.Http.Headers;
using Bot.Host.Tests.Infrastructure;

namespace Bot.Host.Tests.DirectLine;

public sealed class DirectLineUploadTests : StartedConversationTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 1, 2, 3, 4];

    private protected override BotHostFactory CreateHost() =>
        DirectLineTestClient.CreateHost().WithConfig("DirectLine:MaxUploadBytes", "4096");

    [Fact]
    public async Task Uploaded_image_is_stored_echoed_and_served()
    {
        using var form = Form(Png, "image/png", "photo.png");

        using var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/upload?userId=user1", token, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = (string)(await DirectLineTestClient.ReadObjectAsync(response))["id"]!;
        var activities = DirectLineTestClient.Activities(await client.GetActivitiesAsync(conversationId, token));
        var echo = Assert.Single(activities, a => (string?)a["id"] == id);
        Assert.Equal("client-upload", (string?)echo["channelData"]?["clientActivityID"]);
        Assert.Equal("see attached", (string?)echo["text"]);
        var attachment = Assert.Single(echo["attachments"]!.AsArray())!;
        Assert.Equal("image/png", (string?)attachment["contentType"]);
        Assert.Equal("photo.png", (string?)attachment["name"]);
        Assert.Contains(activities, a => (string?)a["replyToId"] == id && DirectLineTestClient.IsBotMessage(a));

        using var download = await client.SendAsync(HttpMethod.Get, new Uri((string)attachment["contentUrl"]!).PathAndQuery, null);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Raw_file_body_is_accepted()
    {
        using var body = new ByteArrayContent("hello"u8.ToArray());
        body.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        body.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = "note.txt" };

        using var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/upload", token, body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = (string)(await DirectLineTestClient.ReadObjectAsync(response))["id"]!;
        var echo = DirectLineTestClient.Activities(await client.GetActivitiesAsync(conversationId, token)).Single(a => (string?)a["id"] == id);
        Assert.Equal("note.txt", (string?)echo["attachments"]![0]!["name"]);
    }

    [Fact]
    public async Task Upload_over_the_limit_is_413()
    {
        using var form = Form(new byte[5000], "image/png", "big.png");

        using var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/upload", token, form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Upload_of_a_disallowed_type_is_415()
    {
        using var form = Form("<svg onload=alert(1)/>"u8.ToArray(), "image/svg+xml", "x.svg");

        using var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/upload", token, form);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_attachment_is_404()
    {
        using var response = await client.SendAsync(HttpMethod.Get, "/v3/directline/attachments/doesnotexist", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static MultipartFormDataContent Form(byte[] file, string contentType, string name)
    {
        var form = new MultipartFormDataContent();
        var activity = new StringContent("""{"type":"message","text":"see attached","channelData":{"clientActivityID":"client-upload"},"attachments":[{"contentType":"image/png","name":"photo.png"}]}""");
        activity.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activity, "activity", "blob");
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(part, "file", name);
        return form;
    }
}
