using System.ComponentModel.DataAnnotations;
using Bot.Host.WebChat;

namespace Bot.Host.Tests.EndToEnd;

public sealed class WebChatOptionsTests
{
    [Fact]
    public void Defaults_are_valid()
    {
        Assert.Empty(Validate(new WebChatOptions()));
    }

    [Theory]
    [InlineData("red")]
    [InlineData("#12345")]
    [InlineData("#123456;background:url(x)")]
    public void Colour_that_is_not_a_hex_colour_is_rejected(string colour)
    {
        Assert.Contains(nameof(WebChatOptions.PrimaryColor), Validate(new WebChatOptions { PrimaryColor = colour }));
        Assert.Contains(nameof(WebChatOptions.AccentColor), Validate(new WebChatOptions { AccentColor = colour }));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("//elsewhere.example/bot.png")]
    [InlineData("http://elsewhere.example/bot.png")]
    [InlineData("/img/bot.png\" onerror=\"x")]
    public void Avatar_url_that_is_not_a_local_path_or_https_is_rejected(string url)
    {
        Assert.Contains(nameof(WebChatOptions.BotAvatarImageUrl), Validate(new WebChatOptions { BotAvatarImageUrl = url }));
    }

    [Theory]
    [InlineData("/img/bot.png")]
    [InlineData("https://cdn.example/brand/bot.png")]
    public void Avatar_url_on_this_host_or_https_is_accepted(string url)
    {
        Assert.Empty(Validate(new WebChatOptions { BotAvatarImageUrl = url }));
    }

    private static string[] Validate(WebChatOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.SelectMany(result => result.MemberNames).ToArray();
    }
}
