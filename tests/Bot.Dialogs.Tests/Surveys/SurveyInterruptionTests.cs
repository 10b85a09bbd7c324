using Bot.Domain.Surveys;

namespace Bot.Dialogs.Tests.Surveys;

using static CustomerService;
using static SurveyFlows;

// The survey inside the whole bot, after a tracking answer: help, cancel, a person, a language switch and "stop" in
// the middle of it.
public sealed class SurveyInterruptionTests
{
    [Theory]
    [InlineData("en-US", "help", "stop")]
    [InlineData("zh-CN", "帮助", "不用了")]
    public async Task Help_explains_the_question_and_stop_ends_the_survey_with_what_was_answered(string locale, string help, string stop)
    {
        await using var flow = Bot(locale);

        await flow.AtConsent(locale)
            .Send(help).AssertReply(S("SurveyHelpConsent", locale)).AssertReply(S("SurveyConsent", locale))
            .Send(S("SurveyYes", locale)).AssertReply(S("SurveyHowTo", locale)).AssertReply(S("SurveyCsat", locale))
            .Send(help).AssertReply(S("SurveyHelpQuestion", locale)).AssertReply(S("SurveyCsat", locale))
            .Send("4").AssertReply(S("SurveyOnTime", locale))
            .Send(stop).AssertReply(S("SurveyStopped", locale)).AssertMenuAgain().AssertNoMoreReplies()
            .StartTestAsync();

        var response = Assert.Single(await ResponsesAsync(flow.Services, flow.ConversationId, CancellationToken.None));
        Assert.Equal((true, new SurveyAnswers(Csat: 4)), (response.Skipped, response.Answers));
    }

    [Theory]
    [InlineData("en-US", "cancel")]
    [InlineData("zh-CN", "取消")]
    public async Task Cancel_in_the_middle_ends_the_survey_and_records_what_was_answered(string locale, string cancel)
    {
        await using var flow = Bot(locale);

        await flow.AtConsent(locale)
            .Send(S("SurveyYes", locale)).AssertReply(S("SurveyHowTo", locale)).AssertReply(S("SurveyCsat", locale))
            .Send("5").AssertReply(S("SurveyOnTime", locale))
            .Send(cancel).AssertReply(Interruption("Cancelled", locale)).AssertMenuAgain().AssertNoMoreReplies()
            .StartTestAsync();

        var response = Assert.Single(await ResponsesAsync(flow.Services, flow.ConversationId, CancellationToken.None));
        Assert.Equal((true, new SurveyAnswers(Csat: 5)), (response.Skipped, response.Answers));
    }

    [Fact]
    public async Task Asking_for_a_person_in_the_middle_hands_off_and_keeps_the_answers()
    {
        await using var flow = Bot();

        await flow.AtConsent("en-US")
            .Send("Yes").AssertReply(S("SurveyHowTo", "en-US")).AssertReply(S("SurveyCsat", "en-US"))
            .Send("3").AssertReply(S("SurveyOnTime", "en-US"))
            .Send("agent").AssertReply(T("NoAgents", "en-US")).AssertMenuAgain().AssertNoMoreReplies()
            .StartTestAsync();

        var response = Assert.Single(await ResponsesAsync(flow.Services, flow.ConversationId, CancellationToken.None));
        Assert.Equal((true, new SurveyAnswers(Csat: 3)), (response.Skipped, response.Answers));
    }

    [Fact]
    public async Task Switching_language_asks_the_same_question_in_the_other_language()
    {
        await using var flow = Bot();

        await flow.AtConsent("en-US")
            .Send("Yes").AssertReply(S("SurveyHowTo", "en-US")).AssertReply(S("SurveyCsat", "en-US"))
            .Send("中文").AssertReply(Interruption("LanguageSwitched", "zh-CN")).AssertReply(S("SurveyCsat", "zh-CN"))
            .AssertSuggestedActions(Scale(1, 5, "zh-CN"))
            .Send("五").AssertReply(S("SurveyOnTime", "zh-CN"))
            .StartTestAsync();
    }

    [Fact]
    public async Task Answering_in_chinese_moves_the_survey_to_chinese()
    {
        await using var flow = Bot();

        await flow.AtConsent("en-US")
            .Send("Yes").AssertReply(S("SurveyHowTo", "en-US")).AssertReply(S("SurveyCsat", "en-US"))
            .Send("非常满意").AssertReply(S("SurveyOnTime", "zh-CN"))
            .Send("不知道").AssertReply(S("SurveyCondition", "zh-CN"))
            .StartTestAsync();
    }
}
