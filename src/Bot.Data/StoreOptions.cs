namespace Bot.Data;

/// <summary>Store behaviour at start-up (section <c>Store</c>).</summary>
public sealed class StoreOptions
{
    public const string Section = "Store";

    /// <summary>Insert the demo customers and shipments when the shipment table is empty. On by default so that
    /// <c>dotnet run</c> without configuration has something to track; switch off in production.</summary>
    public bool SeedDemoData { get; set; } = true;
}
