using Bot.Protocol.Schema;
using Bot.Runtime.Localization;
using Bot.Runtime.Tests.Infrastructure;
using Bot.Runtime.Turns;

namespace Bot.Runtime.Tests.Localization;

public sealed class BotLocalesTests
{
    [Theory]
    [InlineData("zh-CN", "zh-CN")]
    [InlineData("ZH-tw", "zh-CN")]
    [InlineData("zh-Hans", "zh-CN")]
    [InlineData("en-US", "en-US")]
    [InlineData("de", "en-US")]
    [InlineData(" ", null)]
    [InlineData(null, null)]
    public void Any_locale_maps_to_a_supported_one(string? locale, string? expected) =>
        Assert.Equal(expected, BotLocales.Normalize(locale));

    [Fact]
    public void Turn_locale_without_the_middleware_comes_from_the_activity()
    {
        var turn = new TurnContext(Activities.Message("c1", "hi", locale: "zh-TW"), new RecordingConnector());

        Assert.Equal("zh-CN", turn.GetLocale());
    }

    [Fact]
    public async Task Setting_the_users_locale_without_user_state_still_changes_this_turn()
    {
        var turn = new TurnContext(Activities.Message("c1", "hi") with { From = null }, new RecordingConnector());

        var remembered = await turn.SetUserLocaleAsync("zh-CN", CancellationToken.None);

        Assert.False(remembered);
        Assert.Equal("zh-CN", turn.GetLocale());
    }

    [Fact]
    public void Resolver_reads_the_activity_before_clientInfo() =>
        Assert.Equal("en-US", LocaleResolver.FromActivity(new Activity { Locale = "en-US", Entities = [new Entity { Type = "clientInfo" }] }));
}
