using System.Globalization;
using Bot.Runtime.Dialogs.Prompts;
using Bot.Runtime.Recognizers;

namespace Bot.Runtime.Tests.Recognizers;

public sealed class ChoiceRecognizerTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    private static readonly Choice[] Services =
    [
        new("track", ["where is my parcel", "tracking"], "Track a parcel"),
        new("complaint", ["complain"], "Report damage"),
        new("agent", ["human", "person"], "Talk to a person"),
    ];

    private static readonly Choice[] ChineseServices =
    [
        new("track", ["查快递"], "查询包裹"),
        new("complaint", ["投诉"], "报告损坏"),
        new("agent", ["人工"], "转人工客服"),
    ];

    [Theory]
    [InlineData("track", 0)]
    [InlineData("Track a parcel", 0)]
    [InlineData("TRACKING", 0)]
    [InlineData("complain", 1)]
    [InlineData("human", 2)]
    [InlineData("2", 1)]
    [InlineData("two", 1)]
    [InlineData("the second one", 1)]
    [InlineData("2nd", 1)]
    [InlineData("option 3", 2)]
    [InlineData("the last one", 2)]
    [InlineData("I'd like to track a parcel", 0)]
    [InlineData("I want to report damage please", 1)]
    [InlineData("Trak a parcel", 0)]
    [InlineData("report damgae", 1)]
    [InlineData("can I talk to a persn", 2)]
    [InlineData("Report damage.", 1)]
    public void English_answers_pick_the_choice(string text, int index)
    {
        var found = ChoiceRecognizer.Recognize(text, Services, English);

        Assert.NotNull(found);
        Assert.Equal(index, found.Index);
        Assert.Equal(Services[index].Value, found.Value);
        Assert.InRange(found.Score, 0.4, 1.0);
    }

    [Theory]
    [InlineData("查询包裹", 0)]
    [InlineData("我想查询包裹", 0)]
    [InlineData("查快递", 0)]
    [InlineData("我要投诉", 1)]
    [InlineData("人工", 2)]
    [InlineData("第二个", 1)]
    [InlineData("第2个", 1)]
    [InlineData("二", 1)]
    [InlineData("３", 2)]
    [InlineData("选第三个", 2)]
    [InlineData("最后一个", 2)]
    public void Chinese_answers_pick_the_choice(string text, int index)
    {
        var found = ChoiceRecognizer.Recognize(text, ChineseServices, Chinese);

        Assert.NotNull(found);
        Assert.Equal(index, found.Index);
    }

    [Fact]
    public void An_exact_match_scores_one_and_names_the_synonym()
    {
        var found = ChoiceRecognizer.Recognize("where is my parcel", Services, English);

        Assert.Equal(new FoundChoice("track", 0, 1.0, "where is my parcel"), found);
    }

    [Theory]
    [InlineData("banana")]
    [InlineData("")]
    [InlineData("7")]
    [InlineData("the ninth one")]
    [InlineData("trim")]
    [InlineData("你好")]
    public void Unrelated_answers_pick_nothing(string text)
    {
        Assert.Null(ChoiceRecognizer.Recognize(text, Services, English));
    }

    [Fact]
    public void An_answer_that_fits_two_choices_equally_picks_nothing()
    {
        Choice[] parcels = [new("Track parcel"), new("Damaged parcel")];

        Assert.Null(ChoiceRecognizer.Recognize("parcel", parcels, English));
        Assert.Equal(1, ChoiceRecognizer.Recognize("damaged", parcels, English)?.Index);
    }

    [Fact]
    public void Short_words_need_an_exact_spelling()
    {
        Choice[] colours = [new("red"), new("blue")];

        Assert.Null(ChoiceRecognizer.Recognize("rad", colours, English));
        Assert.Equal(1, ChoiceRecognizer.Recognize("bleu", colours, English)?.Index);
    }

    [Fact]
    public void Long_words_tolerate_two_typos()
    {
        Choice[] options = [new("Refrigerator"), new("Television")];

        Assert.Equal(0, ChoiceRecognizer.Recognize("refrigratr", options, English)?.Index);
        Assert.Null(ChoiceRecognizer.Recognize("refgratr", options, English));
    }

    [Theory]
    [InlineData("4300123456789")]
    [InlineData("773012345678")]
    [InlineData("99999999999999999999")]
    public void A_long_number_such_as_a_waybill_is_no_choice_position_and_does_not_throw(string text)
    {
        Assert.Null(ChoiceRecognizer.Recognize(text, Services, English));
        Assert.Null(ChoiceRecognizer.Recognize(text, ChineseServices, Chinese));
    }
}
