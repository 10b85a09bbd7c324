using Bot.Domain.Customers;
using Bot.Domain.Shipments;

namespace Bot.Data.Import;

/// <summary>Turns rows into customers, shipments and scans, reporting every problem of a row into the batch.</summary>
internal sealed class ImportRowReader(ImportBatch batch)
{
    // The column sizes of the store's configurations.
    private const int IdLength = 64;
    private const int NameLength = 200;
    private const int PhoneLength = 32;
    private const int EmailLength = 256;
    private const int AadObjectIdLength = 64;
    private const int AddressLength = 500;
    private const int LocationLength = 200;
    private const int ReasonLength = 500;
    private const int EchoLength = 40;

    /// <summary>A customer row's id, remembered as named by the batch.</summary>
    public string? CustomerId(ImportRow row)
    {
        var id = Required(row, ImportFields.Id, IdLength);
        if (id is not null)
        {
            batch.MentionCustomer(id);
        }
        return id;
    }

    public string? CustomerName(ImportRow row, bool required) =>
        required ? Required(row, ImportFields.Name, NameLength) : Optional(row, ImportFields.Name, NameLength);

    /// <summary>The tier, or null when absent or invalid (then reported).</summary>
    public CustomerTier? Tier(ImportRow row)
    {
        var text = row.Get(ImportFields.Tier);
        if (text is null)
        {
            return null;
        }
        if (ImportValues.TryParseTier(text, out var tier))
        {
            return tier;
        }
        Report(row, ImportFields.Tier, ImportProblemKind.UnknownTier, $"{row.Name(ImportFields.Tier)} '{Echo(text)}' is unknown; use general, suitable or key.");
        return null;
    }

    /// <summary>The contact on this row, or null when the row names none or it is broken (then reported).</summary>
    public CustomerContact? Contact(ImportRow row)
    {
        if (!row.HasAny(ImportFields.ContactName, ImportFields.ContactPhone, ImportFields.ContactEmail, ImportFields.ContactAadObjectId))
        {
            return null;
        }

        var problems = batch.Problems.Count;
        var name = Required(row, ImportFields.ContactName, NameLength);
        var phone = Optional(row, ImportFields.ContactPhone, PhoneLength);
        var email = Optional(row, ImportFields.ContactEmail, EmailLength);
        var aad = Optional(row, ImportFields.ContactAadObjectId, AadObjectIdLength);
        if (email is not null && (!email.Contains('@', StringComparison.Ordinal) || email.Contains(' ', StringComparison.Ordinal)))
        {
            Report(row, ImportFields.ContactEmail, ImportProblemKind.InvalidValue, $"{row.Name(ImportFields.ContactEmail)} '{Echo(email)}' is not an email address.");
        }

        return batch.Problems.Count == problems ? new CustomerContact(name!, phone, email, aad) : null;
    }

    public ImportedShipment? Shipment(ImportRow row)
    {
        var problems = batch.Problems.Count;
        var number = Number(row, ImportFields.TrackingNumber);
        if (number is not null)
        {
            batch.MentionShipment(number.Value);
        }
        var customerId = Required(row, ImportFields.CustomerId, IdLength);
        var from = Timestamp(row, ImportFields.PromisedFrom);
        var to = Timestamp(row, ImportFields.PromisedTo);
        if (from is not null && to is not null && to < from)
        {
            Report(row, ImportFields.PromisedTo, ImportProblemKind.WindowEndsBeforeStart, $"{row.Name(ImportFields.PromisedTo)} is before {row.Name(ImportFields.PromisedFrom)}.");
        }
        var shipper = Party(row, ImportFields.ShipperName, ImportFields.ShipperPhone, ImportFields.ShipperAddress);
        var consignee = Party(row, ImportFields.ConsigneeName, ImportFields.ConsigneePhone, ImportFields.ConsigneeAddress);
        if (batch.Problems.Count != problems)
        {
            return null;
        }
        return new ImportedShipment(row.Origin, number!, customerId!, new DeliveryWindow(from!.Value, to!.Value), shipper, consignee);
    }

    /// <summary>A scan; <paramref name="shipment"/> is the enclosing shipment's number for a JSON shipment's inline events.</summary>
    public ImportedEvent? Event(ImportRow row, TrackingNumber? shipment = null)
    {
        var problems = batch.Problems.Count;
        var number = shipment;
        if (shipment is null)
        {
            number = Number(row, ImportFields.TrackingNumber);
        }
        else if (row.Get(ImportFields.TrackingNumber) is { } given
            && (!TrackingNumber.TryParse(given, out var parsed) || parsed != shipment))
        {
            Report(row, ImportFields.TrackingNumber, ImportProblemKind.Conflict,
                $"{row.Name(ImportFields.TrackingNumber)} '{Echo(given)}' is not the number of the shipment it is listed under ({shipment.Value}).");
        }

        var stage = Stage(row);
        var location = Optional(row, ImportFields.Location, LocationLength);
        var at = Timestamp(row, ImportFields.At);
        var signedBy = Optional(row, ImportFields.SignedBy, NameLength);
        var reason = Optional(row, ImportFields.Reason, ReasonLength);
        if (stage is { } known && signedBy is not null && known != ShipmentStage.Delivered)
        {
            Report(row, ImportFields.SignedBy, ImportProblemKind.InvalidValue, $"{row.Name(ImportFields.SignedBy)} is only recorded for delivered events.");
        }
        if (stage is { } withReason && reason is not null && withReason is not (ShipmentStage.Exception or ShipmentStage.Returned))
        {
            Report(row, ImportFields.Reason, ImportProblemKind.InvalidValue, $"{row.Name(ImportFields.Reason)} is only recorded for exception and returned events.");
        }

        if (batch.Problems.Count != problems)
        {
            return null;
        }
        return new ImportedEvent(row.Origin, number!, new ShipmentEvent(stage!.Value, location, at!.Value, ExceptionReason: reason, SignedBy: signedBy));
    }

    public string? Required(ImportRow row, string field, int maxLength)
    {
        if (row.IsInvalid(field))
        {
            return null;
        }
        var value = row.Get(field);
        if (value is null)
        {
            Report(row, field, ImportProblemKind.MissingField, $"{row.Name(field)} is required.");
            return null;
        }
        return Length(row, field, value, maxLength);
    }

    public string? Optional(ImportRow row, string field, int maxLength) =>
        row.Get(field) is { } value ? Length(row, field, value, maxLength) : null;

    private ShipmentParty Party(ImportRow row, string name, string phone, string address) =>
        new(Optional(row, name, NameLength), Optional(row, phone, PhoneLength), Optional(row, address, AddressLength));

    private TrackingNumber? Number(ImportRow row, string field)
    {
        var text = Required(row, field, int.MaxValue);
        if (text is null)
        {
            return null;
        }
        if (TrackingNumber.TryParse(text, out var number))
        {
            return number;
        }
        Report(row, field, ImportProblemKind.BadTrackingNumber,
            $"{row.Name(field)} '{Echo(text)}' is not a tracking number: 6 to 32 letters and digits (spaces and dashes allowed).");
        return null;
    }

    private ShipmentStage? Stage(ImportRow row)
    {
        var text = Required(row, ImportFields.Stage, int.MaxValue);
        if (text is null)
        {
            return null;
        }
        if (ImportValues.TryParseStage(text, out var stage))
        {
            return stage;
        }
        Report(row, ImportFields.Stage, ImportProblemKind.UnknownStage,
            $"{row.Name(ImportFields.Stage)} '{Echo(text)}' is unknown; use one of {string.Join(", ", ImportValues.StageNames)}.");
        return null;
    }

    private DateTimeOffset? Timestamp(ImportRow row, string field)
    {
        var text = Required(row, field, int.MaxValue);
        if (text is null)
        {
            return null;
        }
        if (ImportValues.TryParseTimestamp(text, out var value, out var missingOffset))
        {
            return value;
        }
        if (missingOffset)
        {
            Report(row, field, ImportProblemKind.TimestampWithoutOffset,
                $"{row.Name(field)} '{Echo(text)}' has no UTC offset; write it like 2026-11-26T09:30:00+08:00 or 2026-11-26T01:30:00Z.");
        }
        else
        {
            Report(row, field, ImportProblemKind.InvalidTimestamp,
                $"{row.Name(field)} '{Echo(text)}' is not an ISO 8601 date and time with offset, like 2026-11-26T09:30:00+08:00.");
        }
        return null;
    }

    private string? Length(ImportRow row, string field, string value, int maxLength)
    {
        if (value.Length <= maxLength)
        {
            return value;
        }
        Report(row, field, ImportProblemKind.TooLong, $"{row.Name(field)} is longer than {maxLength} characters.");
        return null;
    }

    private void Report(ImportRow row, string field, ImportProblemKind kind, string reason) =>
        batch.Add(new ImportProblem(row.OriginOf(field), row.Name(field), kind, reason));

    private static string Echo(string text) => text.Length <= EchoLength ? text : string.Concat(text.AsSpan(0, EchoLength), "…");
}
