using Bot.Domain.Customers;

namespace Bot.Data.Import;

/// <summary>A customer row; its contacts replace the stored ones when it lists any, and are kept when it lists none.</summary>
public sealed record ImportedCustomer(ImportOrigin Origin, Customer Customer);
