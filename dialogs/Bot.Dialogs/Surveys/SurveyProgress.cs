using System.Text.Json;
using Bot.Domain.Conversations;
using Bot.Domain.Customers;
using Bot.Domain.Surveys;
using Bot.Runtime.Dialogs;

namespace Bot.Dialogs.Surveys;

// What a survey under way remembers, in the survey dialog's own instance state (so cancelling it from outside can
// still record what was answered): the request, when it was offered, who answers, the answers, and whether the
// response was saved.
internal sealed record SurveyProgress(
    SurveyRequest Request,
    ConversationAddress Conversation,
    DateTimeOffset OfferedAt,
    string? CustomerId,
    CustomerTier Tier,
    SurveyAnswers Answers,
    bool Saved = false)
{
    private const string StateKey = "progress";

    public SurveyOffer Offer => SurveyOffers.For(Request, Conversation, OfferedAt);

    public static SurveyProgress? Read(DialogInstance survey) =>
        survey.State[StateKey]?.Deserialize<SurveyProgress>(DialogJson.Options);

    public void Write(DialogInstance survey) =>
        survey.State[StateKey] = JsonSerializer.SerializeToNode(this, DialogJson.Options);

    // The survey dialog's instance, seen from a step or prompt of its inner stack.
    public static DialogInstance Owner(DialogContext innerDc) =>
        innerDc.Parent?.ActiveDialog ?? throw new InvalidOperationException("A survey step runs inside the survey dialog.");
}
