using Bot.Domain.Customers;

namespace Bot.Dialogs.Customers;

/// <summary>The customer contact who is writing, with the customer they belong to.</summary>
public sealed record KnownContact(Customer Customer, CustomerContact Contact);
