namespace Bot.Domain.Customers;

/// <summary>Logistics value tiers of DOMAIN.md §4.4: key ≈5% of customers / 80% of profit, suitable ≈15%, general ≈80%.</summary>
public enum CustomerTier
{
    General,
    Suitable,
    Key,
}
