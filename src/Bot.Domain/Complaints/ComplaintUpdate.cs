namespace Bot.Domain.Complaints;

/// <summary>A progress note on a complaint (R2 "handling notes", R5 progress feedback). Author: "bot", a department or an agent.</summary>
public sealed record ComplaintUpdate(DateTimeOffset At, string Text, string Author);
