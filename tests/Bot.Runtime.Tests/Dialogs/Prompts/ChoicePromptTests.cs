using Bot.Protocol.Schema;
using Bot.Runtime.Dialogs.Prompts;
using ChannelIds = Bot.Protocol.Schema.Channels;

namespace Bot.Runtime.Tests.Dialogs.Prompts;

public sealed class ChoicePromptTests
{
    private static readonly Choice[] English =
    [
        new("track", ["where is my parcel"], "Track a parcel"),
        new("complaint", ["complain"], "Report damage"),
        new("agent", ["human"], "Talk to a person"),
    ];

    private static readonly Choice[] Chinese =
    [
        new("track", ["查快递"], "查询包裹"),
        new("complaint", ["投诉"], "报告损坏"),
        new("agent", ["人工"], "转人工客服"),
    ];

    private static PromptOptions Ask(string question, IReadOnlyList<Choice> choices, int maxAttempts = 3) =>
        new() { Prompt = PromptHostDialog.Text(question), Choices = choices, MaxAttempts = maxAttempts };

    [Theory]
    [InlineData("en-US", "Report damage", "complaint #1")]
    [InlineData("en-US", "I'd like to track a parcel", "track #0")]
    [InlineData("en-US", "the third one", "agent #2")]
    [InlineData("en-US", "reprot damage", "complaint #1")]
    [InlineData("zh-CN", "查询包裹", "track #0")]
    [InlineData("zh-CN", "我要投诉", "complaint #1")]
    [InlineData("zh-CN", "第三个", "agent #2")]
    public async Task Choices_are_suggested_actions_and_any_way_of_naming_one_picks_it(string locale, string answer, string expected)
    {
        var choices = locale == "en-US" ? English : Chinese;
        await using var flow = PromptHostDialog.Flow(new ChoicePrompt("choice"), Ask("How can I help?", choices), locale);

        await flow.Send("hi").AssertReply(a => Assert.Equal(InputHints.ExpectingInput, a.InputHint))
            .AssertSuggestedActions([.. choices.Select(c => c.Title!)])
            .Send(answer).AssertReply($"[result: {expected}]")
            .AssertNoMoreReplies().StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "banana", "Sorry, I didn't get that. Please choose one of the options.")]
    [InlineData("zh-CN", "香蕉", "抱歉，我没有理解。请从下面的选项中选择一项。")]
    public async Task An_unknown_answer_gets_the_localized_retry_with_the_choices_again(string locale, string invalid, string retry)
    {
        var choices = locale == "en-US" ? English : Chinese;
        await using var flow = PromptHostDialog.Flow(new ChoicePrompt("choice"), Ask("How can I help?", choices), locale);

        await flow.Send("hi").AssertReply("How can I help?")
            .Send(invalid).AssertReply(retry).AssertSuggestedActions([.. choices.Select(c => c.Title!)])
            .Send("2").AssertReply("[result: complaint #1]")
            .AssertNoMoreReplies().StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "banana")]
    [InlineData("zh-CN", "香蕉")]
    public async Task After_max_attempts_the_parent_gets_too_many_attempts(string locale, string invalid)
    {
        var options = Ask("How can I help?", locale == "en-US" ? English : Chinese, maxAttempts: 2) with { RetryPrompt = PromptHostDialog.Text("Pick one, please.") };
        await using var flow = PromptHostDialog.Flow(new ChoicePrompt("choice"), options, locale);

        await flow.Send("hi").AssertReply("How can I help?")
            .Send(invalid).AssertReply("Pick one, please.")
            .Send(invalid).AssertReply("[too many attempts]")
            .AssertNoMoreReplies().StartTestAsync();
    }

    [Fact]
    public async Task Teams_personal_chats_get_up_to_three_suggested_actions_and_a_card_beyond()
    {
        Choice[] four = [.. English, new("other", Title: "Something else")];
        await using var three = PromptHostDialog.Flow(new ChoicePrompt("choice"), Ask("Help?", English), "en-US", ChannelIds.MsTeams);
        await three.Send(InPersonalChat(three.ConversationId)).AssertReply("Help?")
            .AssertSuggestedActions("Track a parcel", "Report damage", "Talk to a person").StartTestAsync();

        await using var more = PromptHostDialog.Flow(new ChoicePrompt("choice"), Ask("Help?", four), "en-US", ChannelIds.MsTeams);
        await more.Send(InPersonalChat(more.ConversationId))
            .AssertReply(a =>
            {
                Assert.Null(a.SuggestedActions);
                var card = a.Attachments![0].Content!;
                Assert.Equal("Help?", (string?)card["text"]);
                Assert.Equal(4, card["buttons"]!.AsArray().Count);
                Assert.Equal("Something else", (string?)card["buttons"]![3]!["value"]);
            })
            .AssertAttachment(ContentTypes.HeroCard)
            .Send(new Activity { Text = "Something else", Conversation = new ConversationAccount(more.ConversationId) { ConversationType = "personal" } })
            .AssertReply("[result: other #3]").StartTestAsync();
    }

    [Fact]
    public async Task Channels_without_buttons_get_a_numbered_list()
    {
        await using var flow = PromptHostDialog.Flow(new ChoicePrompt("choice"), Ask("请选择：", Chinese), "zh-CN", "sms");

        await flow.Send("hi").AssertReply("请选择：\n1. 查询包裹\n2. 报告损坏\n3. 转人工客服")
            .Send("2").AssertReply("[result: complaint #1]").StartTestAsync();
    }

    [Fact]
    public async Task An_explicit_style_wins_over_the_channel_default()
    {
        var options = Ask("Help?", English) with { Style = ListStyle.Inline };
        await using var flow = PromptHostDialog.Flow(new ChoicePrompt("choice"), options, "en-US");

        await flow.Send("hi").AssertReply("Help? (1) Track a parcel, (2) Report damage, or (3) Talk to a person")
            .AssertNoMoreReplies().StartTestAsync();
    }

    [Fact]
    public async Task A_validator_that_explains_itself_replaces_the_retry_prompt()
    {
        var prompt = new ChoicePrompt("choice", async (p, ct) =>
        {
            if (!p.Recognized.Succeeded)
            {
                await p.Context.SendActivityAsync("Please use the buttons.", ct);
            }
            return p.Recognized.Succeeded;
        });
        await using var flow = PromptHostDialog.Flow(prompt, Ask("Help?", English), "en-US");

        await flow.Send("hi").AssertReply("Help?")
            .Send("hello").AssertReply("Please use the buttons.")
            .AssertNoMoreReplies().StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "the second one", "banana")]
    [InlineData("zh-CN", "第二个", "香蕉")]
    public async Task A_valid_answer_is_claimed_by_the_prompt_before_the_parents_see_it(string locale, string valid, string invalid)
    {
        var choices = locale == "en-US" ? English : Chinese;
        await using var flow = PromptHostDialog.Flow(new ChoicePrompt("choice"), Ask("Help?", choices) with { RetryPrompt = PromptHostDialog.Text("Again?") },
            locale, reportUnclaimedInput: true);

        await flow.Send("hi").AssertReply("Help?")
            // The parent said something this turn, so the prompt does not add its retry.
            .Send(invalid).AssertReply("[unclaimed]").AssertNoMoreReplies()
            .Send(valid).AssertReply("[result: complaint #1]")
            .AssertNoMoreReplies().StartTestAsync();
    }

    private static Activity InPersonalChat(string conversationId) =>
        new() { Type = ActivityTypes.Message, Text = "hi", Conversation = new ConversationAccount(conversationId) { ConversationType = "personal" } };
}
