namespace Bot.Data.Agents;

/// <summary>A canned response row (see <see cref="Bot.Domain.Handoff.CannedResponse"/>).</summary>
public sealed class CannedResponseEntity
{
    public long Id { get; set; }
    public required string Title { get; set; }
    public required string Text { get; set; }
    public required string Language { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
