namespace Bot.Data.Import;

/// <summary>What one CSV file holds (a JSON document can hold all three).</summary>
public enum ImportKind
{
    Customers,
    Shipments,
    Events,
}
