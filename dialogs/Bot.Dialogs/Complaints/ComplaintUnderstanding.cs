using Bot.Dialogs.Main;
using Bot.Domain.Language;
using Bot.Runtime.Localization;
using Bot.Runtime.Turns;

namespace Bot.Dialogs.Complaints;

// What the language understanding makes of a text of the complaint: this turn's message is understood once per turn
// (shared with the main dialog); an earlier answer (the description) is understood again.
internal static class ComplaintUnderstanding
{
    public static async Task<Understanding?> OfAsync(ILanguageUnderstanding language, TurnContext turn, string? text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        return string.Equals(text.Trim(), turn.Activity.Text?.Trim(), StringComparison.Ordinal)
            ? await TurnUnderstanding.GetAsync(language, turn, cancellationToken)
            : await language.UnderstandAsync(new UnderstandingRequest(text, turn.GetLocale()), cancellationToken);
    }
}
