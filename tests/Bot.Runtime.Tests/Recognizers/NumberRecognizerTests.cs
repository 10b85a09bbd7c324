using System.Globalization;
using Bot.Runtime.Recognizers;

namespace Bot.Runtime.Tests.Recognizers;

public sealed class NumberRecognizerTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    [Theory]
    [InlineData("42", "42")]
    [InlineData("3.5", "3.5")]
    [InlineData("1,234", "1234")]
    [InlineData("1,234,567.25", "1234567.25")]
    [InlineData("-7", "-7")]
    [InlineData("three", "3")]
    [InlineData("fifteen", "15")]
    [InlineData("twenty-one", "21")]
    [InlineData("twenty one", "21")]
    [InlineData("a hundred and five", "105")]
    [InlineData("two thousand three hundred", "2300")]
    [InlineData("I want 3 boxes", "3")]
    [InlineData("I want three boxes please", "3")]
    [InlineData("４２", "42")]
    [InlineData("Zero", "0")]
    public void English_numbers_are_recognized(string text, string expected)
    {
        Assert.True(NumberRecognizer.TryRecognize(text, English, out var value));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("三", "3")]
    [InlineData("十五", "15")]
    [InlineData("二十一", "21")]
    [InlineData("一百零五", "105")]
    [InlineData("两", "2")]
    [InlineData("〇", "0")]
    [InlineData("零", "0")]
    [InlineData("一千二百", "1200")]
    [InlineData("一千零十", "1010")]
    [InlineData("三万五千", "35000")]
    [InlineData("三点五", "3.5")]
    [InlineData("４２", "42")]
    [InlineData("要三个", "3")]
    [InlineData("我要 5 个", "5")]
    [InlineData("3万", "30000")]
    [InlineData("1.5万", "15000")]
    public void Chinese_numbers_are_recognized(string text, string expected)
    {
        Assert.True(NumberRecognizer.TryRecognize(text, Chinese, out var value));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
    }

    [Fact]
    public void Group_and_decimal_separators_follow_the_culture()
    {
        Assert.True(NumberRecognizer.TryRecognize("1.234,5", CultureInfo.GetCultureInfo("de-DE"), out var german));
        Assert.Equal(1234.5m, german);
        Assert.True(NumberRecognizer.TryRecognize("1.234,5", English, out var english));
        Assert.Equal(1.234m, english);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("hello there")]
    [InlineData("你好")]
    [InlineData("hundred")]
    public void Text_without_a_number_is_not_recognized(string? text)
    {
        Assert.False(NumberRecognizer.TryRecognize(text, English, out _));
    }

    [Fact]
    public void Every_number_of_a_sentence_is_found_in_order()
    {
        var matches = NumberRecognizer.RecognizeAll("2 boxes and twenty-one bags, 三个箱子", English);

        Assert.Equal([2m, 21m, 3m], matches.Select(m => m.Value));
        Assert.Equal("twenty-one", matches[1].Text);
    }

    [Fact]
    public void Separate_number_words_are_separate_numbers()
    {
        var matches = NumberRecognizer.RecognizeAll("one two three", English);

        Assert.Equal([1m, 2m, 3m], matches.Select(m => m.Value));
    }
}
