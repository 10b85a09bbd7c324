using Bot.Runtime.State;
using Bot.Runtime.Turns;

namespace Bot.Dialogs.Tracking;

// What this conversation has shown about its link to shipments (DOMAIN.md R22), kept in conversation state so it holds
// for the rest of the conversation and never for another one: the numbers whose private details were unlocked, and
// the numbers for which the phone check failed too often (no more attempts in this conversation).
internal static class TrackingPrivacy
{
    private const string ProvenProperty = "tracking.proven";
    private const string RefusedProperty = "tracking.refused";

    // BotState keeps no per-instance data beyond its name: this reaches the conversation document the turn loaded.
    private static readonly ConversationState Conversation = new();

    public static async Task<bool> IsProvenAsync(TurnContext turn, string number, CancellationToken cancellationToken) =>
        (await ReadAsync(turn, ProvenProperty, cancellationToken)).Contains(number);

    public static async Task<bool> IsRefusedAsync(TurnContext turn, string number, CancellationToken cancellationToken) =>
        (await ReadAsync(turn, RefusedProperty, cancellationToken)).Contains(number);

    public static Task MarkProvenAsync(TurnContext turn, IEnumerable<string> numbers, CancellationToken cancellationToken) =>
        AddAsync(turn, ProvenProperty, numbers, cancellationToken);

    public static Task MarkRefusedAsync(TurnContext turn, IEnumerable<string> numbers, CancellationToken cancellationToken) =>
        AddAsync(turn, RefusedProperty, numbers, cancellationToken);

    private static async Task<List<string>> ReadAsync(TurnContext turn, string property, CancellationToken cancellationToken) =>
        await Conversation.HasAsync(turn, property, cancellationToken)
            ? await Conversation.GetAsync(turn, property, () => new List<string>(), cancellationToken)
            : [];

    private static async Task AddAsync(TurnContext turn, string property, IEnumerable<string> numbers, CancellationToken cancellationToken)
    {
        var known = await ReadAsync(turn, property, cancellationToken);
        var added = numbers.Except(known, StringComparer.Ordinal).ToList();
        if (added.Count > 0)
        {
            await Conversation.SetAsync(turn, property, (List<string>)[.. known, .. added], cancellationToken);
        }
    }
}
