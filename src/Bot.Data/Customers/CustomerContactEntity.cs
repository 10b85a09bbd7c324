namespace Bot.Data.Customers;

/// <summary>A person at a customer; <see cref="Id"/> keeps the order in which contacts were added.</summary>
public sealed class CustomerContactEntity
{
    public long Id { get; set; }
    public required string CustomerId { get; set; }
    public required string Name { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? AadObjectId { get; set; }
}
