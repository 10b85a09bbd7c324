namespace Bot.Domain.Customers;

/// <summary>Reads customers with their contacts from the store.</summary>
public interface ICustomerStore
{
    /// <summary>The customer with this id, or null when it is unknown.</summary>
    Task<Customer?> FindAsync(string id, CancellationToken ct);

    /// <summary>The customer one of whose contacts has this AAD object id (compared case-insensitively), or null.</summary>
    Task<Customer?> FindByAadObjectIdAsync(string aadObjectId, CancellationToken ct);

    /// <summary>
    /// The customer one of whose contacts has this email address (compared case-insensitively, surrounding spaces
    /// ignored), or null. Only for addresses the channel vouches for (the Teams members API), never for typed text.
    /// </summary>
    Task<Customer?> FindByContactEmailAsync(string email, CancellationToken ct);
}
