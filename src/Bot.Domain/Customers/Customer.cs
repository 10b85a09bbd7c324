using Bot.Domain.Shipments;

namespace Bot.Domain.Customers;

/// <summary>A customer (shipper account) with its tier and known contacts.</summary>
public sealed class Customer
{
    public Customer(string id, string name, CustomerTier tier, IEnumerable<CustomerContact>? contacts = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Id = id;
        Name = name;
        Tier = tier;
        Contacts = [.. contacts ?? []];
    }

    public string Id { get; }

    public string Name { get; }

    public CustomerTier Tier { get; }

    public IReadOnlyList<CustomerContact> Contacts { get; }

    public bool Owns(Shipment shipment)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        return string.Equals(shipment.CustomerId, Id, StringComparison.Ordinal);
    }

    /// <summary>True when the Teams user with this AAD object id is one of this customer's contacts.</summary>
    public bool IsKnownContact(string? aadObjectId) =>
        !string.IsNullOrWhiteSpace(aadObjectId)
        && Contacts.Any(c => string.Equals(c.AadObjectId, aadObjectId.Trim(), StringComparison.OrdinalIgnoreCase));
}
