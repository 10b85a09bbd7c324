namespace Bot.Host.Operations;

/// <summary>Body of <c>POST /api/operations/complaints/{reference}/resolve</c>; no compensation means none.</summary>
public sealed record ComplaintResolveRequest(string? Resolution, CompensationRequest? Compensation, string? RootCause);
