namespace Bot.Data.Import;

/// <summary>The field names of the import formats: CSV column headers, and the JSON property names (shipper/consignee
/// fields are nested objects in JSON, contact fields are the <c>contacts</c> items' properties).</summary>
public static class ImportFields
{
    public const string Id = "id";
    public const string Name = "name";
    public const string Tier = "tier";
    public const string ContactName = "contactName";
    public const string ContactPhone = "contactPhone";
    public const string ContactEmail = "contactEmail";
    public const string ContactAadObjectId = "contactAadObjectId";

    public const string TrackingNumber = "trackingNumber";
    public const string CustomerId = "customerId";
    public const string PromisedFrom = "promisedFrom";
    public const string PromisedTo = "promisedTo";
    public const string ShipperName = "shipperName";
    public const string ShipperPhone = "shipperPhone";
    public const string ShipperAddress = "shipperAddress";
    public const string ConsigneeName = "consigneeName";
    public const string ConsigneePhone = "consigneePhone";
    public const string ConsigneeAddress = "consigneeAddress";

    public const string Stage = "stage";
    public const string Location = "location";
    public const string At = "at";
    public const string SignedBy = "signedBy";
    public const string Reason = "reason";

    public static IReadOnlyList<string> CustomerColumns { get; } =
        [Id, Name, Tier, ContactName, ContactPhone, ContactEmail, ContactAadObjectId];

    public static IReadOnlyList<string> ShipmentColumns { get; } =
    [
        TrackingNumber, CustomerId, PromisedFrom, PromisedTo, ShipperName, ShipperPhone, ShipperAddress,
        ConsigneeName, ConsigneePhone, ConsigneeAddress,
    ];

    public static IReadOnlyList<string> EventColumns { get; } = [TrackingNumber, Stage, Location, At, SignedBy, Reason];

    public static IReadOnlyList<string> RequiredColumns(ImportKind kind) => kind switch
    {
        ImportKind.Customers => [Id, Name],
        ImportKind.Shipments => [TrackingNumber, CustomerId, PromisedFrom, PromisedTo],
        _ => [TrackingNumber, Stage, At],
    };

    public static IReadOnlyList<string> Columns(ImportKind kind) => kind switch
    {
        ImportKind.Customers => CustomerColumns,
        ImportKind.Shipments => ShipmentColumns,
        _ => EventColumns,
    };
}
