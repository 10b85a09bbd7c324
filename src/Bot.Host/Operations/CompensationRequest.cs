namespace Bot.Host.Operations;

/// <summary>Compensation of a resolution: kind <c>none|refund|discount|other</c> and the amount (0 when omitted).</summary>
public sealed record CompensationRequest(string? Kind, decimal? Amount);
