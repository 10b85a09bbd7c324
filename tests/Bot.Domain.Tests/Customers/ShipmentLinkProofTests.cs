using Bot.Domain.Customers;
using Bot.Domain.Shipments;

namespace Bot.Domain.Tests.Customers;

public sealed class ShipmentLinkProofTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(8));

    private static readonly Shipment Shipment = new(
        TrackingNumber.Parse("YT1234567890123"),
        "C042",
        new DeliveryWindow(Now, Now.AddDays(1)),
        [],
        shipper: new ShipmentParty("Acme", "+86 21-5555-0107", "Shanghai"),
        consignee: new ShipmentParty("Wang Fang", "138 0013 8000", "Beijing"));

    [Theory]
    [InlineData("8000")]
    [InlineData("尾号8000")]
    [InlineData("８０００")]
    [InlineData("0107")]
    public void Last_four_digits_of_the_consignee_or_shipper_phone_prove_the_link(string answer)
    {
        Assert.True(ShipmentLinkProof.ByPhoneDigits(Shipment, answer));
    }

    [Theory]
    [InlineData("8001")]
    [InlineData("800")]
    [InlineData("38000")]
    [InlineData("")]
    [InlineData(null)]
    public void Wrong_or_incomplete_digits_do_not_prove_the_link(string? answer)
    {
        Assert.False(ShipmentLinkProof.ByPhoneDigits(Shipment, answer));
    }

    [Fact]
    public void Shipment_without_phones_cannot_be_proven_by_digits()
    {
        var anonymous = new Shipment(Shipment.Number, "C042", Shipment.PromisedDelivery, []);

        Assert.False(ShipmentLinkProof.ByPhoneDigits(anonymous, "0000"));
    }

    [Fact]
    public void Known_teams_contact_of_the_owning_customer_is_linked_but_not_of_another_customer()
    {
        var owner = new Customer("C042", "Acme Trading", CustomerTier.Key, [new CustomerContact("Zhang Wei", AadObjectId: "aad-zhang")]);
        var other = new Customer("C099", "Other Co", CustomerTier.General, [new CustomerContact("Zhang Wei", AadObjectId: "aad-zhang")]);

        Assert.True(ShipmentLinkProof.ByKnownContact(Shipment, owner, "AAD-ZHANG"));
        Assert.False(ShipmentLinkProof.ByKnownContact(Shipment, owner, "aad-stranger"));
        Assert.False(ShipmentLinkProof.ByKnownContact(Shipment, other, "aad-zhang"));
    }

    [Fact]
    public void Contact_identified_by_email_is_linked_to_the_owners_shipments_only()
    {
        var contact = new CustomerContact("Chen Jing", Email: "chen.jing@acme.example");
        var owner = new Customer("C042", "Acme Trading", CustomerTier.Key, [contact]);
        var other = new Customer("C099", "Other Co", CustomerTier.General, [contact]);

        Assert.True(ShipmentLinkProof.ByKnownContact(Shipment, owner, contact));
        Assert.False(ShipmentLinkProof.ByKnownContact(Shipment, owner, new CustomerContact("Someone", Email: "someone@acme.example")));
        Assert.False(ShipmentLinkProof.ByKnownContact(Shipment, other, contact));
    }
}
