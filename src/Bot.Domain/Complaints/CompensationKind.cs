namespace Bot.Domain.Complaints;

public enum CompensationKind
{
    None,
    Refund,
    Discount,
    Other,
}
