namespace Bot.Domain.Complaints;

/// <summary>Departments a complaint is routed to (DOMAIN.md §10 R2, with billing and customer service added).</summary>
public enum Department
{
    CustomerService,
    Warehouse,
    Transport,
    Packaging,
    Billing,
}
