using Bot.Data.Customers;
using Bot.Domain.Customers;

namespace Bot.Data.Tests.Customers;

// ICustomerStore.FindByContactEmailAsync: how a Teams user whose AAD object id is unknown is matched by the address the
// members API returns.
public sealed class CustomerEmailLookupTests : IAsyncLifetime
{
    private TempStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = await TempStore.CreateAsync(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8)));
        await using var db = await _store.CreateDbAsync();
        db.Customers.AddRange(
            CustomerMapping.ToEntity(new Customer("C1", "Huaxin", CustomerTier.Key,
            [
                new("Li Wei", "+86 138 0013 8000", "li.wei@huaxin.example", "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"),
                new("Chen Jing", "+86 139 0755 2468", " Chen.Jing@Huaxin.example "),
            ])),
            CustomerMapping.ToEntity(new Customer("C2", "Greenleaf", CustomerTier.Suitable, [new("Zhang Min", "+86 137 2233 4455")])));
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Theory]
    [InlineData("chen.jing@huaxin.example")]
    [InlineData("CHEN.JING@HUAXIN.EXAMPLE")]
    [InlineData("  Chen.Jing@huaxin.example")]
    public async Task Customer_is_found_by_a_contact_email_in_any_case(string email)
    {
        var found = await _store.Get<ICustomerStore>().FindByContactEmailAsync(email, default);

        Assert.Equal("C1", found!.Id);
        Assert.Equal(CustomerTier.Key, found.Tier);
        Assert.Equal(2, found.Contacts.Count);
    }

    [Theory]
    [InlineData("chen.jing@huaxin.example.evil")]
    [InlineData("jing@huaxin.example")]
    [InlineData("nobody@greenleaf.example")]
    public async Task Another_address_finds_nobody(string email)
    {
        Assert.Null(await _store.Get<ICustomerStore>().FindByContactEmailAsync(email, default));
    }
}
