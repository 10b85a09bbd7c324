using Bot.Dialogs.Main;
using Bot.Domain.Conversations;
using Bot.Domain.Customers;
using Bot.Domain.Surveys;
using Bot.Runtime.Dialogs;
using Bot.Runtime.Dialogs.Interruptions;
using Bot.Runtime.Dialogs.Prompts;
using Bot.Runtime.Localization;
using Bot.Runtime.Turns;

namespace Bot.Dialogs.Surveys;

/// <summary>
/// The satisfaction survey (DOMAIN.md §2, R15–R18), begun with a <see cref="SurveyRequest"/>. Ends silently when surveys
/// are off, the conversation is not in the trigger's sample (<see cref="SurveySampling"/>), or a survey was already
/// offered in this conversation or about this complaint (<see cref="ISurveyStore.TryOfferAsync"/>). Otherwise it asks
/// for consent, then overall CSAT 1–5, on-time delivery, condition of the goods, tracking information and staff
/// attitude 1–5, NPS 0–10, optionally the expected and perceived service level, and a comment. "skip" leaves one
/// question out; "not now" (or cancel) stops and records the survey as skipped with what was answered. A low score gets
/// an apology, a service-recovery case (<see cref="SurveyRecovery"/>) and the offer of a person. Self-contained: it
/// handles help and a language switch at its own questions wherever it runs (main loop, complaint closure).
/// </summary>
public sealed partial class SurveyDialog : InterruptibleDialog
{
    private static readonly Dictionary<string, string> HelpByStep = new()
    {
        [DialogIds.SurveyConsent] = "SurveyHelpConsent",
        [DialogIds.SurveyAnswer] = "SurveyHelpQuestion",
        [DialogIds.SurveyComment] = "SurveyHelpComment",
        [DialogIds.SurveyOfferPerson] = "SurveyHelpOfferPerson",
    };

    private readonly CustomerServiceServices _services;
    private readonly HumanHandoff _handoff;
    private readonly SurveyRecovery _recovery;
    private readonly ChoiceConfirmPrompt _consent = new(DialogIds.SurveyConsent, SurveyText.Strings, "SurveyYes", "SurveyNotNow");
    private readonly ChoiceConfirmPrompt _offerPerson = new(DialogIds.SurveyOfferPerson, SurveyText.Strings, "SurveyPerson", "SurveyNoThanks");

    public SurveyDialog(CustomerServiceServices services)
        : base(DialogIds.Survey)
    {
        ArgumentNullException.ThrowIfNull(services);
        _services = services;
        _handoff = new HumanHandoff(services);
        _recovery = new SurveyRecovery(services.Complaints, services.Complaint);
        AddDialog(new WaterfallDialog(DialogIds.SurveySteps, [OfferStepAsync, ConsentStepAsync, FinishStepAsync, PersonStepAsync]));
        AddDialog(new WaterfallDialog(DialogIds.SurveyQuestion, [AskStepAsync, AnswerStepAsync]));
        AddDialog(_consent);
        AddDialog(new SurveyAnswerPrompt(DialogIds.SurveyAnswer, comment: false));
        AddDialog(new SurveyAnswerPrompt(DialogIds.SurveyComment, comment: true));
        AddDialog(_offerPerson);
        foreach (var texts in CustomerServiceText.All)
        {
            AddPromptTexts(texts);
        }
    }

    protected override string GetHelpText(DialogContext innerDc) =>
        ActiveStepId(innerDc) is { } step && HelpByStep.TryGetValue(step, out var help)
            ? SurveyText.Get(help, innerDc.Locale)
            : base.GetHelpText(innerDc);

    protected override Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        PromptLocale.Follow(innerDc, CustomerServiceText.All);
        return base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    // The survey's own answers are not interruptions: "stop" / "不用了" end the survey, "talk to a person" answers its
    // offer, "no" declines it.
    protected override Interruption? RecognizeInterruption(DialogContext innerDc)
    {
        var interruption = base.RecognizeInterruption(innerDc);
        var turn = innerDc.Context;
        var answers = ActiveStepId(innerDc) switch
        {
            DialogIds.SurveyAnswer or DialogIds.SurveyComment => SurveyPhrases.IsStop(SurveyPhrases.Normalize(turn.Activity.Text)),
            DialogIds.SurveyConsent => _consent.Recognizes(turn),
            DialogIds.SurveyOfferPerson => _offerPerson.Recognizes(turn),
            _ => false,
        };
        return answers ? null : interruption;
    }

    // Cancelled from outside (cancel, start over, a person): what was answered is still recorded, as skipped.
    public override async Task EndDialogAsync(TurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(instance);
        await base.EndDialogAsync(turnContext, instance, reason, cancellationToken);
        if (reason == DialogReason.CancelCalled && SurveyProgress.Read(instance) is { Saved: false } progress)
        {
            await SaveAsync(instance, progress, skipped: true, turnContext.GetLocale(), cancellationToken);
        }
    }

    private async Task<DialogTurnResult> OfferStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = _services.Survey;
        var activity = step.Context.Activity;
        if (step.GetOptions<SurveyRequest>() is not { } request || !options.Enabled
            || activity.ChannelId is not { Length: > 0 } channel || activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }
        var conversation = new ConversationAddress(channel, conversationId);
        var now = _services.Time.GetUtcNow();
        if (!SurveySampling.IsSampled(options.RateFor(request.Trigger), conversation, request.Trigger)
            || !await _services.Surveys.TryOfferAsync(SurveyOffers.For(request, conversation, now), cancellationToken))
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }
        var (customerId, tier) = await IdentifyAsync(step.Context, request, cancellationToken);
        new SurveyProgress(request, conversation, now, customerId, tier, new SurveyAnswers()).Write(SurveyProgress.Owner(step.DialogContext));
        var locale = step.DialogContext.Locale;
        return await step.PromptAsync(DialogIds.SurveyConsent, Ask(locale, "SurveyConsent", "SurveyConsentRetry"), cancellationToken);
    }

    private async Task<DialogTurnResult> ConsentStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.DialogContext.Locale;
        if (step.Result is not true)
        {
            await SaveAsync(step, skipped: true, cancellationToken);
            await step.Context.SendActivityAsync(SurveyText.Get("SurveyDeclined", locale), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }
        await step.Context.SendActivityAsync(SurveyText.Get("SurveyHowTo", locale), cancellationToken);
        var first = SurveyQuestions.First(_services.Survey.AskExpectation) ?? SurveyQuestion.Comment;
        return await step.BeginDialogAsync(DialogIds.SurveyQuestion, new SurveyStep(first), cancellationToken);
    }

    private async Task<(string? CustomerId, CustomerTier Tier)> IdentifyAsync(TurnContext turn, SurveyRequest request, CancellationToken cancellationToken)
    {
        // A Teams user who is a known contact of a customer; else the customer of the complaint the survey is about.
        if (await _services.Contacts.ResolveAsync(turn, cancellationToken) is { Customer: var customer })
        {
            return (customer.Id, customer.Tier);
        }
        if (Domain.Complaints.ComplaintReference.TryParse(request.ComplaintReference, out var reference)
            && await _services.Complaints.FindAsync(reference, cancellationToken) is { } complaint)
        {
            return (complaint.Details.CustomerId, complaint.Details.Tier);
        }
        return (null, CustomerTier.General);
    }

    private static PromptOptions Ask(string locale, string question, string retry, params object?[] retryArgs) =>
        CustomerServiceText.Ask(SurveyText.Strings, locale, question, retry, [], retryArgs);
}
