using System.Text.RegularExpressions;
using Bot.Dialogs.Main;
using Bot.Runtime.Dialogs;
using Bot.Runtime.Dialogs.Prompts;

namespace Bot.Dialogs.Complaints;

/// <summary>
/// Asks for a complaint reference (unless one was given) and says honestly that status lookups are not live yet (issue 5 replaces the answer).
/// Ends with <see cref="TooManyAttempts.Instance"/> when no reference could be read.
/// </summary>
public sealed partial class CheckComplaintDialog : ComponentDialog
{
    public CheckComplaintDialog()
        : base(DialogIds.CheckComplaint)
    {
        AddDialog(new WaterfallDialog($"{DialogIds.CheckComplaint}.steps", [AskReferenceStepAsync, AnswerStepAsync]));
        AddDialog(new TextPrompt(DialogIds.Reference, (prompt, _) => Task.FromResult(FindReference(prompt.Context.Activity.Text) is not null)));
    }

    /// <summary>A token of letters, digits and dashes with at least one digit, e.g. C-20240512-0001.</summary>
    internal static string? FindReference(string? text) =>
        text is null ? null : Reference().Matches(text).Select(m => m.Value).FirstOrDefault(v => v.Any(char.IsAsciiDigit));

    private static Task<DialogTurnResult> AskReferenceStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.GetOptions<CheckComplaintRequest>() is { Reference: { } given }
            ? step.NextAsync(given, cancellationToken)
            : step.PromptAsync(DialogIds.Reference, CustomerServiceText.Ask(step.DialogContext.Locale, "AskReference", "ReferenceRetry"), cancellationToken);

    private static async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (FindReference(step.Result as string) is not { } reference)
        {
            return await step.EndDialogAsync(TooManyAttempts.Instance, cancellationToken);
        }
        await step.Context.SendActivityAsync(CustomerServiceText.Get("ReferenceNoted", step.DialogContext.Locale, reference.ToUpperInvariant()), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9-])[A-Za-z0-9](?:[A-Za-z0-9-]{2,38})[A-Za-z0-9](?![A-Za-z0-9-])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Reference();
}
