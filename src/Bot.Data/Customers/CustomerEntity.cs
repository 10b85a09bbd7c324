using Bot.Domain.Customers;

namespace Bot.Data.Customers;

/// <summary>A customer account row; its contacts are <see cref="CustomerContactEntity"/> rows.</summary>
public sealed class CustomerEntity
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public CustomerTier Tier { get; set; }
    public List<CustomerContactEntity> Contacts { get; set; } = [];
}
