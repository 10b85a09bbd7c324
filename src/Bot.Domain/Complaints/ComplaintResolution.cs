namespace Bot.Domain.Complaints;

/// <summary>How a complaint was resolved (R2, R6): what was done, the compensation and the root cause.</summary>
public sealed record ComplaintResolution(string Summary, Compensation Compensation, string? RootCause, DateTimeOffset ResolvedAt);
