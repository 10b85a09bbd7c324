using Bot.Domain.Conversations;

namespace Bot.Domain.Surveys;

/// <summary>Survey offers and responses in the shared store.</summary>
public interface ISurveyStore
{
    /// <summary>
    /// Records the offer; false (and nothing recorded) when a survey was already offered in this conversation, or about
    /// this complaint — the once-only rule, enforced by the store so concurrent turns cannot both offer.
    /// </summary>
    Task<bool> TryOfferAsync(SurveyOffer offer, CancellationToken ct);

    Task SaveResponseAsync(SurveyResponse response, CancellationToken ct);

    Task<IReadOnlyList<SurveyResponse>> ResponsesForAsync(ConversationAddress conversation, CancellationToken ct);
}
