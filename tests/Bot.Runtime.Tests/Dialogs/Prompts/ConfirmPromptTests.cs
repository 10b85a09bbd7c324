using Bot.Protocol.Schema;
using Bot.Runtime.Dialogs.Prompts;

namespace Bot.Runtime.Tests.Dialogs.Prompts;

public sealed class ConfirmPromptTests
{
    private static PromptOptions Ask(string question) => new() { Prompt = PromptHostDialog.Text(question) };

    [Theory]
    [InlineData("en-US", "Is the address right?", "Yes", "No", "yep", "yes")]
    [InlineData("en-US", "Is the address right?", "Yes", "No", "not really", "no")]
    [InlineData("en-US", "Is the address right?", "Yes", "No", "2", "no")]
    [InlineData("zh-CN", "地址正确吗？", "是", "否", "是的", "yes")]
    [InlineData("zh-CN", "地址正确吗？", "是", "否", "不是", "no")]
    [InlineData("zh-CN", "地址正确吗？", "是", "否", "好", "yes")]
    [InlineData("zh-CN", "地址正确吗？", "是", "否", "否", "no")]
    public async Task The_question_offers_localized_yes_and_no_and_understands_the_answer(
        string locale, string question, string yes, string no, string answer, string expected)
    {
        await using var flow = PromptHostDialog.Flow(new ConfirmPrompt("confirm"), Ask(question), locale);

        await flow.Send("hi").AssertReply(a =>
            {
                Assert.Equal(question, a.Text);
                Assert.Equal(InputHints.ExpectingInput, a.InputHint);
                Assert.All(a.SuggestedActions!.Actions, action => Assert.Equal(ActionTypes.ImBack, action.Type));
            })
            .AssertSuggestedActions(yes, no)
            .Send(answer).AssertReply($"[result: {expected}]")
            .AssertNoMoreReplies().StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "Sorry, please answer yes or no.", "Yes", "No", "banana", "sure")]
    [InlineData("zh-CN", "抱歉，请回答“是”或“否”。", "是", "否", "香蕉", "对的")]
    public async Task A_non_answer_gets_the_localized_retry_with_the_buttons_again(
        string locale, string retry, string yes, string no, string invalid, string valid)
    {
        await using var flow = PromptHostDialog.Flow(new ConfirmPrompt("confirm"), Ask("OK?"), locale);

        await flow.Send("hi").AssertReply("OK?")
            .Send(invalid).AssertReply(retry).AssertSuggestedActions(yes, no)
            .Send(valid).AssertReply("[result: yes]")
            .AssertNoMoreReplies().StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "maybe")]
    [InlineData("zh-CN", "不知道")]
    public async Task After_max_attempts_the_parent_gets_too_many_attempts(string locale, string invalid)
    {
        var options = Ask("OK?") with { RetryPrompt = PromptHostDialog.Text("Yes or no?"), MaxAttempts = 2 };
        await using var flow = PromptHostDialog.Flow(new ConfirmPrompt("confirm"), options, locale);

        await flow.Send("hi").AssertReply("OK?")
            .Send(invalid).AssertReply("Yes or no?")
            .Send(invalid).AssertReply("[too many attempts]")
            .AssertNoMoreReplies().StartTestAsync();
    }

    [Fact]
    public async Task Teams_group_chats_get_a_card_instead_of_suggested_actions()
    {
        await using var flow = PromptHostDialog.Flow(new ConfirmPrompt("confirm"), Ask("OK?"), "en-US", Bot.Protocol.Schema.Channels.MsTeams);
        var inGroup = new ConversationAccount(flow.ConversationId) { ConversationType = "groupChat", IsGroup = true };

        await flow.Send(new Activity { Type = ActivityTypes.Message, Text = "hi", Conversation = inGroup })
            .AssertReply(a => Assert.Null(a.SuggestedActions))
            .AssertAttachment(ContentTypes.HeroCard)
            .Send(new Activity { Type = ActivityTypes.Message, Text = "Yes", Conversation = inGroup })
            .AssertReply("[result: yes]")
            .StartTestAsync();
    }
}
