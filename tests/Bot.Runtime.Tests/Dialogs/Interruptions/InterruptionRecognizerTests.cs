using Bot.Runtime.Dialogs.Interruptions;

namespace Bot.Runtime.Tests.Dialogs.Interruptions;

public sealed class InterruptionRecognizerTests
{
    private readonly InterruptionRecognizer _recognizer = new();

    [Theory]
    [InlineData("cancel")]
    [InlineData("Cancel.")]
    [InlineData("STOP!")]
    [InlineData("quit")]
    [InlineData("I want to cancel")]
    [InlineData("cancel please")]
    [InlineData("never mind")]
    [InlineData("取消")]
    [InlineData("取消吧")]
    [InlineData("我要取消")]
    [InlineData("不要了")]
    [InlineData("算了。")]
    public void Short_cancel_messages_cancel(string text) => Assert.Equal(new Interruption(InterruptionKind.Cancel), _recognizer.Recognize(text));

    [Theory]
    [InlineData("help")]
    [InlineData("Help me please")]
    [InlineData("?")]
    [InlineData("？")]
    [InlineData("I need help")]
    [InlineData("what can I say?")]
    [InlineData("帮助")]
    [InlineData("怎么用？")]
    [InlineData("我需要帮助")]
    public void Help_messages_ask_for_help(string text) => Assert.Equal(new Interruption(InterruptionKind.Help), _recognizer.Recognize(text));

    [Theory]
    [InlineData("agent")]
    [InlineData("human")]
    [InlineData("talk to a person")]
    [InlineData("Can I speak to a human?")]
    [InlineData("I'd like to talk to an agent please")]
    [InlineData("人工")]
    [InlineData("转人工")]
    [InlineData("客服")]
    [InlineData("帮我转人工")]
    public void Asking_for_a_person_is_recognized(string text) => Assert.Equal(new Interruption(InterruptionKind.Human), _recognizer.Recognize(text));

    [Theory]
    [InlineData("start over")]
    [InlineData("Restart")]
    [InlineData("let's start over")]
    [InlineData("重新开始")]
    [InlineData("从头开始吧")]
    public void Start_over_is_recognized(string text) => Assert.Equal(new Interruption(InterruptionKind.StartOver), _recognizer.Recognize(text));

    [Theory]
    [InlineData("中文", "zh-CN")]
    [InlineData("Chinese", "zh-CN")]
    [InlineData("switch to Chinese please", "zh-CN")]
    [InlineData("说中文", "zh-CN")]
    [InlineData("English", "en-US")]
    [InlineData("英文", "en-US")]
    [InlineData("switch to English", "en-US")]
    [InlineData("can you speak English?", "en-US")]
    [InlineData("切换到英文", "en-US")]
    public void Language_switches_name_the_target(string text, string locale) =>
        Assert.Equal(new Interruption(InterruptionKind.SwitchLanguage, locale), _recognizer.Recognize(text));

    [Theory]
    [InlineData("I can't cancel my subscription to your newsletter")]
    [InlineData("cancel my order")]
    [InlineData("my parcel did not stop at the depot")]
    [InlineData("the agent was rude")]
    [InlineData("I need help with my parcel that never arrived at my home")]
    [InlineData("不要")]
    [InlineData("我的订单取消了吗")]
    [InlineData("客服电话是多少")]
    [InlineData("yes")]
    [InlineData("12345")]
    [InlineData("")]
    [InlineData(null)]
    public void Sentences_that_merely_contain_a_keyword_are_not_interruptions(string? text) => Assert.Null(_recognizer.Recognize(text));

    [Fact]
    public void Extra_phrases_are_recognized_too()
    {
        var recognizer = new InterruptionRecognizer(new Dictionary<string, Interruption> { ["give up"] = new(InterruptionKind.Cancel) });

        Assert.Equal(InterruptionKind.Cancel, recognizer.Recognize("Give up, please!")?.Kind);
    }
}
