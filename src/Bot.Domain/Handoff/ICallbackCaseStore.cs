using Bot.Domain.Conversations;

namespace Bot.Domain.Handoff;

/// <summary>Callback cases in the shared store.</summary>
public interface ICallbackCaseStore
{
    /// <summary>
    /// Stores the case under the next reference of the day of <paramref name="createdAt"/> as its offset reads it
    /// (CB-YYYYMMDD-NNNN) and returns it.
    /// </summary>
    Task<CallbackCase> CreateAsync(
        ConversationAddress conversation, string language, string text, DateTimeOffset createdAt, string reason, string? escalationId, CancellationToken ct);

    Task<CallbackCase?> FindAsync(string reference, CancellationToken ct);

    /// <summary>Cases not yet done, oldest first.</summary>
    Task<IReadOnlyList<CallbackCase>> ListOpenAsync(CancellationToken ct);

    /// <summary>False when the reference is unknown.</summary>
    Task<bool> MarkDoneAsync(string reference, CancellationToken ct);
}
