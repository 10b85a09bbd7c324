using Bot.Runtime.Localization;

namespace Bot.Runtime.Tests.Localization;

public sealed class LocalizedTextTests
{
    private readonly LocalizedText _text = LocalizedText.For(typeof(LocalizedTextTests).Assembly, "Bot.Runtime.Tests.Localization.TestStrings");

    [Theory]
    [InlineData("en-US", "Hello!")]
    [InlineData("zh-CN", "您好！")]
    [InlineData("zh-TW", "您好！")]
    [InlineData(null, "Hello!")]
    public void Text_is_read_in_the_locale(string? locale, string expected) => Assert.Equal(expected, _text.Get("Greeting", locale));

    [Fact]
    public void Arguments_are_formatted_into_the_text() =>
        Assert.Equal("谢谢Lee，请问您的订单号是多少？", _text.Get("AskOrder", "zh-CN", "Lee"));

    [Fact]
    public void A_text_missing_in_Chinese_falls_back_to_English() => Assert.Equal("Only in English.", _text.Get("OnlyEnglish", "zh-CN"));

    [Fact]
    public void An_unknown_name_is_an_error() => Assert.Throws<InvalidOperationException>(() => _text.Get("NoSuchText", "en-US"));

    [Theory]
    [InlineData("Hello!", "en-US", "zh-CN", "您好！")]
    [InlineData("Thanks Lee, what is your order number?", "en-US", "zh-CN", "谢谢Lee，请问您的订单号是多少？")]
    [InlineData("谢谢Lee，请问您的订单号是多少？", "zh-CN", "en-US", "Thanks Lee, what is your order number?")]
    [InlineData("x and x again, then y.", "en-US", "zh-CN", "x，又是x，然后y。")]
    public void A_rendered_text_is_translated_with_its_arguments(string text, string from, string to, string expected)
    {
        Assert.True(_text.TryTranslate(text, from, to, out var translated));
        Assert.Equal(expected, translated);
    }

    [Fact]
    public void Text_that_no_resource_produced_is_not_translated()
    {
        Assert.False(_text.TryTranslate("Something typed by hand", "en-US", "zh-CN", out var translated));
        Assert.Equal("Something typed by hand", translated);
    }
}
