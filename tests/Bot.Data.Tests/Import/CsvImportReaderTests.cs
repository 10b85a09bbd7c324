using System.Text;
using Bot.Data.Import;
using Bot.Domain.Customers;
using Bot.Domain.Shipments;

namespace Bot.Data.Tests.Import;

public sealed class CsvImportReaderTests
{
    private const string EventHeader = "trackingNumber,stage,location,at,signedBy,reason\n";

    [Fact]
    public void Quoted_fields_keep_commas_doubled_quotes_and_line_breaks_and_later_lines_keep_their_numbers()
    {
        var batch = Read(EventHeader
            + "SF9261126000201,delivered,\"Hall 3, \"\"East\"\" gate\",2026-11-26T10:00:00+08:00,\"Li\nWei\",\n"
            + "SF9261126000201,arrived,Hub,2026-11-26T11:00:00+08:00,,\n");

        var scan = Assert.Single(batch.Events);
        Assert.Equal("Hall 3, \"East\" gate", scan.Event.Location);
        Assert.Equal("Li\nWei", scan.Event.SignedBy);
        Assert.Equal(2, scan.Origin.Line);
        var problem = Assert.Single(batch.Problems);
        Assert.Equal((4, ImportProblemKind.UnknownStage, "stage"), (problem.Line, problem.Kind, problem.Field));
    }

    [Fact]
    public void A_byte_order_mark_and_crlf_line_ends_are_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble()
            .Concat(Encoding.UTF8.GetBytes("id,name,tier\r\nCUST-1,Huaxin 华信,KEY\r\n\r\nCUST-2,Wang,general\r\n"))
            .ToArray();

        var batch = CsvImportReader.Read(bytes, "customers.csv");

        Assert.Empty(batch.Problems);
        Assert.Equal(["CUST-1", "CUST-2"], batch.Customers.Select(c => c.Customer.Id));
        Assert.Equal([CustomerTier.Key, CustomerTier.General], batch.Customers.Select(c => c.Customer.Tier));
        Assert.Equal([2, 4], batch.Customers.Select(c => c.Origin.Line));
    }

    [Fact]
    public void Repeated_customer_rows_add_contacts_and_a_differing_name_is_a_conflict()
    {
        var batch = Read("""
            id,name,tier,contactName,contactPhone,contactEmail,contactAadObjectId
            C1,Northwind,key,Ma Jun,+86 138 0000 1101,ma@example.com,aad-1
            C1,,,Qiao Lan,+86 139 0000 2202,,
            C2,Sunrise,,,,,
            C2,Sunset,,Dong Xue,,,
            C3,Lotus,suitable,Ren Hao,,not-an-email,
            """);

        var customer = Assert.Single(batch.Customers);
        Assert.Equal("C1", customer.Customer.Id);
        Assert.Equal(CustomerTier.Key, customer.Customer.Tier);
        Assert.Equal(
            [new CustomerContact("Ma Jun", "+86 138 0000 1101", "ma@example.com", "aad-1"), new CustomerContact("Qiao Lan", "+86 139 0000 2202")],
            customer.Customer.Contacts);
        Assert.Equal(
            [(5, ImportProblemKind.Conflict, "name"), (6, ImportProblemKind.InvalidValue, "contactEmail")],
            batch.Problems.Select(p => (p.Line, p.Kind, p.Field)));
        Assert.Equal(["C1", "C2", "C3"], batch.MentionedCustomerIds.Order());
    }

    [Fact]
    public void Every_invalid_shipment_row_is_reported_with_its_line_and_reason()
    {
        var batch = Read("""
            trackingNumber,customerId,promisedFrom,promisedTo
            SF9261126000201,C1,2026-11-27T09:00:00+08:00,2026-11-28T18:00:00+08:00
            NO#1,C1,2026-11-27T09:00:00+08:00,2026-11-28T18:00:00+08:00
            SF9261126000203,C1,2026-11-28T09:00:00+08:00,2026-11-27T18:00:00+08:00
            SF9261126000204,C1,2026-11-27 09:00,2026-11-28T18:00:00Z
            SF9261126000205,,2026-11-27T09:00:00+08:00,next week
            SF9261126000206,C1,2026-11-27T09:00:00+08:00
            """);

        Assert.Equal(["SF9261126000201"], batch.Shipments.Select(s => s.Number.Value));
        Assert.Equal(
        [
            (3, ImportProblemKind.BadTrackingNumber, "trackingNumber"),
            (4, ImportProblemKind.WindowEndsBeforeStart, "promisedTo"),
            (5, ImportProblemKind.TimestampWithoutOffset, "promisedFrom"),
            (6, ImportProblemKind.MissingField, "customerId"),
            (6, ImportProblemKind.InvalidTimestamp, "promisedTo"),
            (7, ImportProblemKind.Syntax, null),
        ], batch.Problems.Select(p => (p.Line, p.Kind, p.Field)));
        Assert.Contains("has no UTC offset", batch.Problems[2].Reason, StringComparison.Ordinal);
        Assert.Contains("has 3 fields; the header has 4", batch.Problems[5].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Event_rules_signer_only_when_delivered_reason_only_for_exception_or_return_and_stage_names_in_any_case()
    {
        var batch = Read(EventHeader + """
            SF9261126000201,DELIVERED,Shanghai,2026-11-26T10:00:00+08:00,,
            SF9261126000201,picked-up,Shanghai,2026-11-26T08:00:00+08:00,,
            SF9261126000201,Out For Delivery,Shanghai,2026-11-26T09:00:00+08:00,Li Wei,
            SF9261126000201,inTransit,Shanghai,2026-11-26T07:00:00+08:00,,Rain
            SF9261126000201,returned,Shanghai,2026-11-26T11:00:00+08:00,,Refused
            SF9261126000201,3,Shanghai,2026-11-26T11:00:00+08:00,,
            """);

        Assert.Equal(
            [ShipmentStage.Delivered, ShipmentStage.PickedUp, ShipmentStage.Returned],
            batch.Events.Select(e => e.Event.Stage));
        Assert.Null(batch.Events[0].Event.SignedBy);
        Assert.Equal("Refused", batch.Events[2].Event.ExceptionReason);
        Assert.Equal(
            [(4, "signedBy"), (5, "reason"), (7, "stage")],
            batch.Problems.Select(p => (p.Line, p.Field)));
    }

    [Fact]
    public void Kind_comes_from_the_header_unknown_and_missing_columns_are_reported_on_line_1()
    {
        Assert.Equal(ImportKind.Events, CsvImportReader.DetectKind(["TrackingNumber", "Stage", "At"]));
        Assert.Equal(ImportKind.Shipments, CsvImportReader.DetectKind(["trackingNumber", "customerId"]));
        Assert.Equal(ImportKind.Customers, CsvImportReader.DetectKind(["id", "name"]));
        Assert.Null(CsvImportReader.DetectKind(["number", "when"]));

        var batch = Read("trackingNumber,stage,when\nSF9261126000201,created,2026-11-26T10:00:00+08:00\n");

        Assert.Empty(batch.Events);
        Assert.Equal(
            [(1, ImportProblemKind.UnknownField, "when"), (1, ImportProblemKind.MissingField, "at")],
            batch.Problems.Select(p => (p.Line, p.Kind, p.Field)));
    }

    [Fact]
    public void A_given_kind_overrides_the_header_and_an_undecidable_header_is_a_problem()
    {
        var forced = CsvImportReader.Read(Encoding.UTF8.GetBytes("id,name\nC1,One\n"), null, ImportKind.Events);
        var unknown = Read("number,when\nx,y\n");

        Assert.Contains(forced.Problems, p => p.Kind == ImportProblemKind.UnknownField && p.Field == "id");
        var problem = Assert.Single(unknown.Problems);
        Assert.Equal((1, ImportProblemKind.Syntax), (problem.Line, problem.Kind));
    }

    [Fact]
    public void Broken_quoting_and_bad_utf8_are_reported_with_their_line()
    {
        var unclosed = Read(EventHeader + "SF9261126000201,created,Hub,2026-11-26T10:00:00+08:00,,\nSF9261126000201,\"created,Hub\n");
        var stray = Read(EventHeader + "SF9261126000201,created,\"Hub\"x,2026-11-26T10:00:00+08:00,,\n");
        var bytes = Encoding.UTF8.GetBytes(EventHeader + "SF9261126000201,created,").Concat(new byte[] { 0xC3, 0x28 }).ToArray();

        Assert.Equal((3, ImportProblemKind.Syntax), Single(unclosed));
        Assert.Single(unclosed.Events);
        Assert.Equal((2, ImportProblemKind.Syntax), Single(stray));
        Assert.Equal((2, ImportProblemKind.Syntax), Single(CsvImportReader.Read(bytes, null)));
        Assert.Equal((1, ImportProblemKind.Syntax), Single(Read("")));
    }

    private static (int, ImportProblemKind) Single(ImportBatch batch)
    {
        var problem = Assert.Single(batch.Problems);
        return (problem.Line, problem.Kind);
    }

    private static ImportBatch Read(string csv) => CsvImportReader.Read(Encoding.UTF8.GetBytes(csv), "test.csv");
}
