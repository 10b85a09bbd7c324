using System.Text;
using Bot.Data.Import;
using Bot.Domain.Customers;
using Bot.Domain.Shipments;

namespace Bot.Data.Tests.Import;

public sealed class JsonImportReaderTests
{
    [Fact]
    public void A_document_with_all_three_arrays_reads_customers_contacts_parties_and_inline_events()
    {
        var batch = Read("""
            {
              "customers": [
                { "id": "C1", "name": "Pearl River", "tier": "Key",
                  "contacts": [ { "name": "Huang Li", "phone": "+86 138 0000 4411", "aadObjectId": "aad-1" } ] }
              ],
              "shipments": [
                { "trackingNumber": "jdim-2611260000101", "customerId": "C1",
                  "promisedFrom": "2026-11-29T09:00:00+08:00", "promisedTo": "2026-11-30T10:00:00Z",
                  "shipper": { "name": "Pearl River", "phone": "+86 20 8260 1101", "address": "Guangzhou" },
                  "consignee": { "name": "Qian Hao", "phone": "+86 135 2611 0101" },
                  "events": [ { "stage": "created", "location": "Guangzhou", "at": "2026-11-26T08:30:00+08:00" } ] }
              ],
              "events": [
                { "trackingNumber": "JDIM2611260000101", "stage": "delivered", "at": "2026-11-26T12:00:00+08:00", "signedBy": "Qian Hao" },
              ]
            }
            """);

        Assert.Empty(batch.Problems);
        var customer = Assert.Single(batch.Customers).Customer;
        Assert.Equal(("C1", CustomerTier.Key), (customer.Id, customer.Tier));
        Assert.Equal(new CustomerContact("Huang Li", "+86 138 0000 4411", AadObjectId: "aad-1"), Assert.Single(customer.Contacts));
        var shipment = Assert.Single(batch.Shipments);
        Assert.Equal("JDIM2611260000101", shipment.Number.Value);
        Assert.Equal(new ShipmentParty("Qian Hao", "+86 135 2611 0101", null), shipment.Consignee);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero), shipment.PromisedDelivery.To);
        Assert.Equal(7, shipment.Origin.Line);
        Assert.Equal([(11, ShipmentStage.Created), (14, ShipmentStage.Delivered)], batch.Events.Select(e => (e.Origin.Line, e.Event.Stage)));
        Assert.All(batch.Events, e => Assert.Equal("JDIM2611260000101", e.Number.Value));
        Assert.Equal("Qian Hao", batch.Events[1].Event.SignedBy);
    }

    [Fact]
    public void Problems_carry_the_line_of_the_property_or_of_the_item_when_the_property_is_missing()
    {
        var batch = Read("""
            {
              "shipments": [
                {
                  "trackingNumber": "SF9261126000201",
                  "promisedFrom": "2026-11-29T09:00:00",
                  "promisedTo": "2026-11-30T18:00:00+08:00",
                  "shipper": { "phone": 8620826011, "fax": "x" }
                }
              ],
              "events": [
                { "trackingNumber": "SF9261126000201", "stage": "lost", "at": "2026-11-26T08:30:00+08:00" },
                "not an object"
              ],
              "orders": []
            }
            """);

        Assert.Empty(batch.Shipments);
        Assert.Empty(batch.Events);
        // A number where text is expected is taken as its digits (the phone); only objects, arrays and booleans are wrong.
        Assert.Equal(
        [
            (7, ImportProblemKind.UnknownField, "shipments[0].shipper.fax"),
            (3, ImportProblemKind.MissingField, "shipments[0].customerId"),
            (5, ImportProblemKind.TimestampWithoutOffset, "shipments[0].promisedFrom"),
            (11, ImportProblemKind.UnknownStage, "events[0].stage"),
            (12, ImportProblemKind.InvalidValue, "events[1]"),
            (14, ImportProblemKind.UnknownField, "orders"),
        ], batch.Problems.Select(p => (p.Line, p.Kind, p.Field)));
    }

    [Fact]
    public void Invalid_json_is_one_problem_with_its_line()
    {
        var batch = Read("{\n  \"customers\": [\n    { \"id\": \"C1\" \"name\": \"x\" }\n  ]\n}");

        var problem = Assert.Single(batch.Problems);
        Assert.Equal((3, ImportProblemKind.Syntax), (problem.Line, problem.Kind));
        Assert.StartsWith("Line 3 is not valid JSON", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_value_types_and_repeated_properties_are_reported_once_each()
    {
        var batch = Read("""
            { "customers": [ { "id": "C1", "name": ["x"], "tier": "platinum", "id": "C2" } ], "events": {} }
            """);

        Assert.Equal(
        [
            (ImportProblemKind.Duplicate, "customers[0].id"),
            (ImportProblemKind.InvalidValue, "customers[0].name"),
            (ImportProblemKind.UnknownTier, "customers[0].tier"),
            (ImportProblemKind.InvalidValue, "events"),
        ], batch.Problems.Select(p => (p.Kind, p.Field)));
    }

    [Fact]
    public void A_document_that_is_no_object_and_an_empty_contact_are_problems()
    {
        var array = Read("[]");
        var contact = Read("""
            { "customers": [ { "id": "C1", "name": "One",
                "contacts": [ {} ] } ] }
            """);

        Assert.Equal([(1, ImportProblemKind.InvalidValue)], array.Problems.Select(p => (p.Line, p.Kind)));
        Assert.Empty(contact.Customers);
        Assert.Equal([(2, ImportProblemKind.MissingField, "customers[0].contacts[0].name")], contact.Problems.Select(p => (p.Line, p.Kind, p.Field)));
    }

    [Fact]
    public void An_inline_event_naming_another_shipment_is_a_conflict()
    {
        var batch = Read("""
            { "shipments": [ { "trackingNumber": "SF9261126000201", "customerId": "C1",
                "promisedFrom": "2026-11-29T09:00:00+08:00", "promisedTo": "2026-11-30T18:00:00+08:00",
                "events": [ { "trackingNumber": "SF9261126000202", "stage": "created", "at": "2026-11-26T08:30:00+08:00" } ] } ] }
            """);

        var problem = Assert.Single(batch.Problems);
        Assert.Equal((ImportProblemKind.Conflict, "shipments[0].events[0].trackingNumber"), (problem.Kind, problem.Field));
    }

    [Fact]
    public void A_single_real_time_event_takes_its_number_from_the_caller()
    {
        var number = TrackingNumber.Parse("SF9261126000201");

        var good = JsonImportReader.ReadEvent(Bytes("""{"stage":"exception","location":"Hub","at":"2026-11-26T08:30:00+08:00","reason":"Rain"}"""), number);
        var bad = JsonImportReader.ReadEvent(Bytes("""{"stage":"exception"}"""), number);

        var scan = Assert.Single(good.Events);
        Assert.Equal((number, ShipmentStage.Exception, "Rain"), (scan.Number, scan.Event.Stage, scan.Event.ExceptionReason));
        Assert.Equal([(ImportProblemKind.MissingField, "at")], bad.Problems.Select(p => (p.Kind, p.Field)));
    }

    [Theory]
    [InlineData("2026-11-26T08:30:00+08:00", true)]
    [InlineData("2026-11-26T00:30:00Z", true)]
    [InlineData("2026-11-26 08:30+08:00", true)]
    [InlineData("2026-11-26T08:30:00.1234567-05:00", true)]
    [InlineData("2026-11-26T08:30:00", false)]
    [InlineData("2026-11-26", false)]
    [InlineData("2026-02-30T08:30:00+08:00", false)]
    [InlineData("26/11/2026 08:30 +08:00", false)]
    public void Timestamps_need_iso_8601_with_an_offset(string text, bool valid)
    {
        Assert.Equal(valid, ImportValues.TryParseTimestamp(text, out _, out var missingOffset));
        Assert.Equal(text is "2026-11-26T08:30:00", missingOffset);
    }

    private static ImportBatch Read(string json) => JsonImportReader.Read(Bytes(json), "test.json");

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
