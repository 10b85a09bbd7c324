namespace Bot.Domain.Customers;

/// <summary>A person at a customer; <see cref="AadObjectId"/> identifies them when they write from Teams.</summary>
public sealed record CustomerContact(string Name, string? Phone = null, string? Email = null, string? AadObjectId = null);
