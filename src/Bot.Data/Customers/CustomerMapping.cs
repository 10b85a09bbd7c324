using Bot.Domain.Customers;

namespace Bot.Data.Customers;

/// <summary>Converts between the customer rows and the domain <see cref="Customer"/>.</summary>
public static class CustomerMapping
{
    public static Customer ToDomain(CustomerEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new Customer(
            entity.Id,
            entity.Name,
            entity.Tier,
            entity.Contacts.OrderBy(c => c.Id).Select(c => new CustomerContact(c.Name, c.Phone, c.Email, c.AadObjectId)));
    }

    /// <summary>New rows for a customer and its contacts, ready to be added to the context.</summary>
    public static CustomerEntity ToEntity(Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return new CustomerEntity
        {
            Id = customer.Id,
            Name = customer.Name,
            Tier = customer.Tier,
            Contacts =
            [
                .. customer.Contacts.Select(c => new CustomerContactEntity
                {
                    CustomerId = customer.Id,
                    Name = c.Name,
                    Phone = c.Phone,
                    Email = c.Email,
                    AadObjectId = c.AadObjectId,
                }),
            ],
        };
    }
}
