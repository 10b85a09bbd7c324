namespace Bot.Host.Operations;

public sealed record ComplaintResolutionView(string Summary, CompensationView Compensation, string? RootCause, DateTimeOffset ResolvedAt);
