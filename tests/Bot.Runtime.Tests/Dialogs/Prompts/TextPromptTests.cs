using Bot.Protocol.Schema;
using Bot.Runtime.Dialogs.Prompts;

namespace Bot.Runtime.Tests.Dialogs.Prompts;

public sealed class TextPromptTests
{
    private static PromptOptions Ask(string question) => new() { Prompt = PromptHostDialog.Text(question) };

    [Theory]
    [InlineData("en-US", "What is your name?", "Ada")]
    [InlineData("zh-CN", "您叫什么名字？", "王小明")]
    public async Task Any_text_is_the_answer(string locale, string question, string answer)
    {
        await using var flow = PromptHostDialog.Flow(new TextPrompt("text"), Ask(question), locale);

        await flow.Send("hi").AssertReply(a =>
            {
                Assert.Equal(question, a.Text);
                Assert.Equal(InputHints.ExpectingInput, a.InputHint);
            })
            .Send(answer).AssertReply($"[result: {answer}]")
            .AssertNoMoreReplies().StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "Sorry, I didn't get that. Please type your answer.")]
    [InlineData("zh-CN", "抱歉，我没有收到您的回答，请输入文字。")]
    public async Task A_message_without_text_gets_the_localized_retry_then_the_answer_counts(string locale, string retry)
    {
        await using var flow = PromptHostDialog.Flow(new TextPrompt("text"), Ask("Name?"), locale);

        await flow.Send("hi").AssertReply("Name?")
            .Send(new Activity { Type = ActivityTypes.Message, Attachments = [new Attachment { ContentType = "image/png", ContentUrl = "https://example.test/a.png" }] })
            .AssertReply(a =>
            {
                Assert.Equal(retry, a.Text);
                Assert.Equal(InputHints.ExpectingInput, a.InputHint);
            })
            .Send("Ada").AssertReply("[result: Ada]")
            .AssertNoMoreReplies().StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "Please use at least 3 letters.", "Al", "Alan")]
    [InlineData("zh-CN", "请至少输入三个字。", "小明", "王小明")]
    public async Task A_validator_rejection_shows_the_retry_prompt(string locale, string retry, string invalid, string valid)
    {
        var prompt = new TextPrompt("text", (p, _) => Task.FromResult(p.Recognized.Value?.Length >= 3));
        var options = Ask("Name?") with { RetryPrompt = PromptHostDialog.Text(retry) };
        await using var flow = PromptHostDialog.Flow(prompt, options, locale);

        await flow.Send("hi").AssertReply("Name?")
            .Send(invalid).AssertReply(retry)
            .Send(valid).AssertReply($"[result: {valid}]")
            .AssertNoMoreReplies().StartTestAsync();
    }

    [Fact]
    public async Task A_validator_that_answers_itself_suppresses_the_retry_prompt()
    {
        var prompt = new TextPrompt("text", async (p, ct) =>
        {
            if (p.Recognized.Value == "ok")
            {
                return true;
            }
            await p.Context.SendActivityAsync($"'{p.Recognized.Value}' is not ok (attempt {p.AttemptCount})", ct);
            return false;
        });
        await using var flow = PromptHostDialog.Flow(prompt, Ask("Say ok") with { RetryPrompt = PromptHostDialog.Text("retry") }, "en-US");

        await flow.Send("hi").AssertReply("Say ok")
            .Send("no").AssertReply("'no' is not ok (attempt 1)")
            .Send("ok").AssertReply("[result: ok]")
            .AssertNoMoreReplies().StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "Sorry, I didn't get that. Please type your answer.")]
    [InlineData("zh-CN", "抱歉，我没有收到您的回答，请输入文字。")]
    public async Task After_max_attempts_the_parent_gets_too_many_attempts(string locale, string retry)
    {
        var prompt = new TextPrompt("text", (p, _) => Task.FromResult(p.Recognized.Value == "secret"));
        await using var flow = PromptHostDialog.Flow(prompt, Ask("Password?") with { MaxAttempts = 2 }, locale);

        await flow.Send("hi").AssertReply("Password?")
            .Send("guess").AssertReply(retry)
            .Send("guess again").AssertReply("[too many attempts]")
            .AssertNoMoreReplies().StartTestAsync();
    }

    [Fact]
    public async Task The_prompt_waits_across_a_host_restart_and_keeps_its_attempt_count()
    {
        var prompt = new TextPrompt("text", (p, _) => Task.FromResult(p.Recognized.Value == "secret"));
        var options = Ask("Password?") with { MaxAttempts = 2, RetryPrompt = PromptHostDialog.Text("Wrong, again?") };
        await using var flow = PromptHostDialog.Flow(prompt, options, "en-US");
        await flow.Send("hi").AssertReply("Password?").Send("guess").AssertReply("Wrong, again?").StartTestAsync();

        await using var restarted = flow.RestartHost();
        await restarted.Send("guess again").AssertReply("[too many attempts]").AssertNoMoreReplies().StartTestAsync();
    }
}
