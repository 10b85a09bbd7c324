namespace Bot.Host.Operations;

/// <summary>Body of <c>POST /api/operations/complaints/{reference}/updates</c>: the progress note and who wrote it.</summary>
public sealed record ComplaintUpdateRequest(string? Text, string? Author);
