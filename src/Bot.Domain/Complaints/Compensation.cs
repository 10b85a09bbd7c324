namespace Bot.Domain.Complaints;

/// <summary>What the customer was given (R2): none, a refund, a discount or other, with its amount.</summary>
public sealed record Compensation(CompensationKind Kind, decimal Amount = 0)
{
    public static readonly Compensation None = new(CompensationKind.None);
}
