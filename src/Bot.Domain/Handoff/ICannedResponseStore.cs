namespace Bot.Domain.Handoff;

/// <summary>Canned responses in the shared store (managed by supervisors).</summary>
public interface ICannedResponseStore
{
    /// <summary>All responses, or those of one language ("en" / "zh"), by title.</summary>
    Task<IReadOnlyList<CannedResponse>> ListAsync(string? language, CancellationToken ct);

    Task<CannedResponse?> FindAsync(long id, CancellationToken ct);

    /// <summary>Stores a new response (id and time assigned by the store) and returns it.</summary>
    Task<CannedResponse> CreateAsync(string title, string text, string language, string createdBy, CancellationToken ct);

    /// <summary>Replaces title, text and language; null when the id is unknown.</summary>
    Task<CannedResponse?> UpdateAsync(long id, string title, string text, string language, CancellationToken ct);

    /// <summary>False when the id is unknown.</summary>
    Task<bool> DeleteAsync(long id, CancellationToken ct);
}
