using Bot.Dialogs.Main;
using Bot.Domain.Complaints;
using Bot.Domain.Surveys;
using Bot.Runtime.Dialogs;

namespace Bot.Dialogs.Surveys;

// The questions one by one, then thanks, the response saved, and for a low score the recovery case and a person.
public sealed partial class SurveyDialog
{
    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var question = step.GetOptions<SurveyStep>()!.Question;
        var locale = step.DialogContext.Locale;
        if (question == SurveyQuestion.Comment)
        {
            return await step.PromptAsync(DialogIds.SurveyComment, Ask(locale, SurveyQuestions.TextOf(question), "SurveyCommentRetry"), cancellationToken);
        }
        var (min, max) = SurveyQuestions.ScaleOf(question);
        var options = Ask(locale, SurveyQuestions.TextOf(question), "SurveyRatingRetry", min, max);
        return await step.PromptAsync(
            DialogIds.SurveyAnswer, SurveyAnswerPrompt.Validations(options, min, max, SurveyQuestions.TakesSatisfactionWords(question)), cancellationToken);
    }

    private async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var question = step.GetOptions<SurveyStep>()!.Question;
        // An answer not understood after the allowed attempts leaves that question out.
        var reply = step.Result as SurveyReply ?? SurveyReply.Skip;
        if (reply.Kind == SurveyReplyKind.Stop)
        {
            return await step.EndDialogAsync(Outcome.Stopped, cancellationToken);
        }
        var owner = SurveyProgress.Owner(step.DialogContext);
        if (reply.Kind != SurveyReplyKind.Skip && SurveyProgress.Read(owner) is { } progress)
        {
            (progress with { Answers = SurveyQuestions.Record(progress.Answers, question, reply) }).Write(owner);
        }
        return SurveyQuestions.Next(question, _services.Survey.AskExpectation) is { } next
            ? await step.ReplaceDialogAsync(DialogIds.SurveyQuestion, new SurveyStep(next), cancellationToken)
            : await step.EndDialogAsync(Outcome.Completed, cancellationToken);
    }

    private async Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.DialogContext.Locale;
        var stopped = step.Result is not Outcome.Completed;
        var progress = await SaveAsync(step, skipped: stopped, cancellationToken);
        var answers = progress?.Answers ?? new SurveyAnswers();
        var index = SatisfactionIndex.Of(answers, _services.Survey.SatisfactionTolerance);
        var thanks = stopped ? "SurveyStopped"
            : index?.Band is SatisfactionBand.Dissatisfied or SatisfactionBand.NotMetAtAll && !answers.IsLow ? "SurveyThanksBelowExpectation"
            : "SurveyThanks";
        await step.Context.SendActivityAsync(SurveyText.Get(thanks, locale), cancellationToken);
        if (progress is null || !answers.IsLow)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }
        await step.Context.SendActivityAsync(SurveyText.Get("SurveyLowApology", locale), cancellationToken);
        var recovery = await _recovery.OpenAsync(progress, step.Context.Activity.ChannelId!, locale, _services.Time.GetUtcNow(), cancellationToken);
        await step.Context.SendActivityAsync(
            SurveyText.Get("SurveyRecoveryCase", locale, recovery.Reference, _recovery.Format(recovery.Details.PromisedBy, locale)), cancellationToken);
        return await step.PromptAsync(DialogIds.SurveyOfferPerson, Ask(locale, "SurveyOfferPerson", "SurveyOfferPersonRetry"), cancellationToken);
    }

    private async Task<DialogTurnResult> PersonStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is true)
        {
            await _handoff.HandOffAsync(step.DialogContext, EscalationReason.LowSatisfactionScore, cancellationToken);
        }
        else
        {
            await step.Context.SendActivityAsync(SurveyText.Get("SurveyOfferDeclined", step.DialogContext.Locale), cancellationToken);
        }
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private Task<SurveyProgress?> SaveAsync(WaterfallStepContext step, bool skipped, CancellationToken cancellationToken)
    {
        var owner = SurveyProgress.Owner(step.DialogContext);
        return SaveAsync(owner, SurveyProgress.Read(owner), skipped, step.DialogContext.Locale, cancellationToken);
    }

    // Saves the response once, attributed through its offer; returns what was saved (null when nothing was offered).
    private async Task<SurveyProgress?> SaveAsync(
        DialogInstance owner, SurveyProgress? progress, bool skipped, string locale, CancellationToken cancellationToken)
    {
        if (progress is null || progress.Saved)
        {
            return progress;
        }
        var response = new SurveyResponse(
            progress.Offer, progress.Answers, skipped, _services.Time.GetUtcNow(), progress.Conversation.ChannelId, locale, progress.CustomerId);
        await _services.Surveys.SaveResponseAsync(response, cancellationToken);
        var saved = progress with { Saved = true };
        saved.Write(owner);
        return saved;
    }

    private enum Outcome
    {
        Completed,
        Stopped,
    }
}
