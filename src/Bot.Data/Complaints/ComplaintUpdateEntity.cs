namespace Bot.Data.Complaints;

/// <summary>A progress note on a complaint; <see cref="Id"/> keeps the order in which notes were added.</summary>
public sealed class ComplaintUpdateEntity
{
    public long Id { get; set; }
    public long ComplaintId { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Text { get; set; }
    public required string Author { get; set; }
}
