using System.Text.RegularExpressions;
using Bot.Dialogs.Main;
using Bot.Domain.Complaints;
using Bot.Domain.Language;
using Bot.Runtime.Dialogs;
using Bot.Runtime.Dialogs.Prompts;

namespace Bot.Dialogs.Complaints;

/// <summary>
/// "What happened to CMP-…?": asks for the reference (unless given), then tells the status in plain words, the promised
/// time and the latest update. An overdue complaint gets an apology and is escalated (R5); a resolved one shows its
/// resolution and asks whether the customer is satisfied (<see cref="ComplaintClosureDialog"/>). An unknown number gets
/// a clear answer with the format. Ends with <see cref="TooManyAttempts.Instance"/> when no known reference was given
/// after the allowed attempts.
/// </summary>
public sealed partial class CheckComplaintDialog : ComplaintTaskDialog
{
    private const string FoundKey = "complaints.checkFound";

    private readonly CustomerServiceServices _services;
    private readonly TimeZoneInfo _zone;

    public CheckComplaintDialog(CustomerServiceServices services)
        : base(DialogIds.CheckComplaint, new Dictionary<string, string> { [ComplaintDialogIds.Reference] = "Help.Reference" })
    {
        ArgumentNullException.ThrowIfNull(services);
        _services = services;
        _zone = services.Complaint.CreateCalendar().TimeZone;
        AddDialog(new WaterfallDialog(ComplaintDialogIds.CheckSteps, [AskReferenceStepAsync, AnswerStepAsync]));
        AddDialog(new TextPrompt(ComplaintDialogIds.Reference, ValidateReferenceAsync));
        AddDialog(new ComplaintClosureDialog(services));
        AddDigression(new ComplaintClosureDialog(services), ComplaintClosureDialog.IsTriggered);
    }

    /// <summary>The first complaint reference in the text (the understanding's entity, else CMP-YYYY-NNNNNN written loosely).</summary>
    internal static ComplaintReference? FindReference(Understanding? understanding, string? text)
    {
        foreach (var entity in understanding?.OfKind(EntityKind.ComplaintReference) ?? [])
        {
            if (ComplaintReference.TryParse(entity.Value, out var reference) || ComplaintReference.TryParse(entity.Text, out reference))
            {
                return reference;
            }
        }
        return text is null ? null : Reference().Matches(text).Select(m => ComplaintReference.TryParse(m.Value, out var r) ? r : null).FirstOrDefault(r => r is not null);
    }

    private async Task<DialogTurnResult> AskReferenceStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.DialogContext.Locale;
        if (step.GetOptions<CheckComplaintRequest>()?.Reference is { } given)
        {
            if (FindReference(null, given) is { } reference && await _services.Complaints.FindAsync(reference, cancellationToken) is { } complaint)
            {
                return await step.NextAsync(complaint, cancellationToken);
            }
            return await step.PromptAsync(ComplaintDialogIds.Reference, ComplaintText.Ask(locale, "ComplaintNotFound", "ReferenceRetry", given.ToUpperInvariant()), cancellationToken);
        }
        return await step.PromptAsync(ComplaintDialogIds.Reference, ComplaintText.Ask(locale, "AskReference", "ReferenceRetry"), cancellationToken);
    }

    private async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var complaint = step.Result as Complaint
            ?? (step.Result is string && step.Context.TurnState.TryGetValue(FoundKey, out var found) ? found as Complaint : null);
        if (complaint is null)
        {
            return await step.EndDialogAsync(TooManyAttempts.Instance, cancellationToken);
        }
        var locale = step.DialogContext.Locale;
        var now = _services.Time.GetUtcNow();
        foreach (var message in await StatusAsync(complaint, now, locale, cancellationToken))
        {
            await step.Context.SendActivityAsync(ComplaintText.Message(message), cancellationToken);
        }
        return complaint.Status == ComplaintStatus.Resolved
            ? await step.BeginDialogAsync(DialogIds.ComplaintClosure, new ComplaintClosureRequest(complaint.Reference.ToString()), cancellationToken)
            : await step.EndDialogAsync(null, cancellationToken);
    }

    // A known reference is the answer; a well-formed unknown one is told as such (the retry text is not repeated).
    private async Task<bool> ValidateReferenceAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        var turn = prompt.Context;
        var understanding = turn.Activity.Text?.Any(char.IsDigit) == true
            ? await TurnUnderstanding.GetAsync(_services.Language, turn, cancellationToken)
            : null;
        if (FindReference(understanding, turn.Activity.Text) is not { } reference)
        {
            return false;
        }
        if (await _services.Complaints.FindAsync(reference, cancellationToken) is { } complaint)
        {
            turn.TurnState[FoundKey] = complaint;
            return true;
        }
        await turn.SendActivityAsync(ComplaintText.Message(ComplaintText.Get("ComplaintNotFound", prompt.Locale, reference)), cancellationToken);
        return false;
    }

    [GeneratedRegex(@"CMP[\s\-]?\d{4}[\s\-]?\d{6}(?!\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Reference();
}
