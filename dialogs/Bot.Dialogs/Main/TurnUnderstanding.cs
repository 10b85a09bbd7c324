using Bot.Domain.Language;
using Bot.Runtime.Localization;
using Bot.Runtime.Turns;

namespace Bot.Dialogs.Main;

// What the language understanding made of this turn's message, asked once per turn: the menu, the tracking prompt and
// the digression trigger all read the same answer.
internal static class TurnUnderstanding
{
    private const string Key = "customerService.understanding";

    public static async Task<Understanding?> GetAsync(ILanguageUnderstanding language, TurnContext turn, CancellationToken cancellationToken)
    {
        var text = turn.Activity.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (turn.TurnState.TryGetValue(Key, out var cached) && cached is (string seen, Understanding known) && seen == text)
        {
            return known;
        }
        var understanding = await language.UnderstandAsync(new UnderstandingRequest(text, turn.GetLocale()), cancellationToken);
        turn.TurnState[Key] = (text, understanding);
        return understanding;
    }

    /// <summary>The understanding already asked for this turn, if any (for synchronous callers such as triggers).</summary>
    public static Understanding? Known(TurnContext turn) =>
        turn.TurnState.TryGetValue(Key, out var cached) && cached is (string seen, Understanding known) && seen == turn.Activity.Text
            ? known
            : null;

    public static IReadOnlyList<string> TrackingNumbers(Understanding? understanding) =>
        understanding is null ? [] : [.. understanding.OfKind(EntityKind.TrackingNumber).Select(e => e.Value).Distinct(StringComparer.Ordinal)];

    // Tracking numbers have digits: other messages need not be understood where only a number would matter.
    public static bool MayHoldNumber(TurnContext turn) => turn.Activity.Text?.Any(char.IsDigit) == true;
}
