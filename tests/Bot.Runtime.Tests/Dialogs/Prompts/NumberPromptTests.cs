using Bot.Runtime.Dialogs.Prompts;

namespace Bot.Runtime.Tests.Dialogs.Prompts;

public sealed class NumberPromptTests
{
    private static PromptOptions Ask(string question, int maxAttempts = 3) =>
        new() { Prompt = PromptHostDialog.Text(question), MaxAttempts = maxAttempts };

    [Theory]
    [InlineData("en-US", "How many boxes?", "I want 3 boxes", "3")]
    [InlineData("en-US", "How many boxes?", "twenty-one", "21")]
    [InlineData("en-US", "How many boxes?", "1,200", "1200")]
    [InlineData("zh-CN", "您要几个箱子？", "要三个", "3")]
    [InlineData("zh-CN", "您要几个箱子？", "十五", "15")]
    [InlineData("zh-CN", "您要几个箱子？", "４２", "42")]
    public async Task A_number_in_the_answer_is_the_result(string locale, string question, string answer, string expected)
    {
        await using var flow = PromptHostDialog.Flow(new NumberPrompt<int>("number"), Ask(question), locale);

        await flow.Send("hi").AssertReply(question)
            .Send(answer).AssertReply($"[result: {expected}]")
            .AssertNoMoreReplies().StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "a few", "Sorry, I need a number, for example 3.", "four")]
    [InlineData("zh-CN", "几个", "抱歉，请输入一个数字，例如 3。", "四个")]
    public async Task Text_without_a_number_gets_the_localized_retry(string locale, string invalid, string retry, string valid)
    {
        await using var flow = PromptHostDialog.Flow(new NumberPrompt<int>("number"), Ask("How many?"), locale);

        await flow.Send("hi").AssertReply("How many?")
            .Send(invalid).AssertReply(retry)
            .Send(valid).AssertReply("[result: 4]")
            .AssertNoMoreReplies().StartTestAsync();
    }

    [Fact]
    public async Task A_fraction_is_not_an_int_but_is_a_decimal()
    {
        await using var ints = PromptHostDialog.Flow(new NumberPrompt<int>("number"), Ask("How many?"), "en-US");
        await ints.Send("hi").AssertReply("How many?")
            .Send("2.5").AssertReply("Sorry, I need a number, for example 3.")
            .StartTestAsync();

        await using var decimals = PromptHostDialog.Flow(new NumberPrompt<decimal>("number"), Ask("Weight?"), "zh-CN");
        await decimals.Send("hi").AssertReply("Weight?")
            .Send("二点五").AssertReply("[result: 2.5]")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "Please choose between 1 and 10.", "12", "7")]
    [InlineData("zh-CN", "请输入 1 到 10 之间的数字。", "十二", "七")]
    public async Task A_range_validator_rejects_with_the_retry_prompt(string locale, string retry, string outOfRange, string inRange)
    {
        var prompt = new NumberPrompt<long>("number", (p, _) => Task.FromResult(p.Recognized is { Succeeded: true, Value: >= 1 and <= 10 }));
        var options = Ask("How many?") with { RetryPrompt = PromptHostDialog.Text(retry) };
        await using var flow = PromptHostDialog.Flow(prompt, options, locale);

        await flow.Send("hi").AssertReply("How many?")
            .Send(outOfRange).AssertReply(retry)
            .Send(inRange).AssertReply("[result: 7]")
            .AssertNoMoreReplies().StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "Sorry, I need a number, for example 3.", "lots")]
    [InlineData("zh-CN", "抱歉，请输入一个数字，例如 3。", "很多")]
    public async Task After_max_attempts_the_parent_gets_too_many_attempts(string locale, string retry, string invalid)
    {
        await using var flow = PromptHostDialog.Flow(new NumberPrompt<double>("number"), Ask("How many?"), locale);

        await flow.Send("hi").AssertReply("How many?")
            .Send(invalid).AssertReply(retry)
            .Send(invalid).AssertReply(retry)
            .Send(invalid).AssertReply("[too many attempts]")
            .AssertNoMoreReplies().StartTestAsync();
    }
}
