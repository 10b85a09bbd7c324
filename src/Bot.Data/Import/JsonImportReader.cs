using System.Text.Json;
using Bot.Domain.Customers;
using Bot.Domain.Shipments;

namespace Bot.Data.Import;

/// <summary>
/// Reads the JSON import document <c>{"customers":[…], "shipments":[…], "events":[…]}</c> (each array optional) or one
/// real-time event. Property names are matched case-insensitively; unknown ones are rejected. Problems carry the line of
/// the offending property, or of the item's opening brace when a property is missing.
/// </summary>
public static class JsonImportReader
{
    private static readonly Dictionary<string, string> CustomerProperties = Map(ImportFields.Id, ImportFields.Name, ImportFields.Tier);
    private static readonly Dictionary<string, string> ContactProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        ["name"] = ImportFields.ContactName,
        ["phone"] = ImportFields.ContactPhone,
        ["email"] = ImportFields.ContactEmail,
        ["aadObjectId"] = ImportFields.ContactAadObjectId,
    };

    private static readonly Dictionary<string, string> ShipmentProperties =
        Map(ImportFields.TrackingNumber, ImportFields.CustomerId, ImportFields.PromisedFrom, ImportFields.PromisedTo);

    private static readonly Dictionary<string, string> EventProperties =
        Map(ImportFields.TrackingNumber, ImportFields.Stage, ImportFields.Location, ImportFields.At, ImportFields.SignedBy, ImportFields.Reason);

    private static readonly string[] Arrays = ["customers", "shipments", "events"];
    private static readonly string[] PartyProperties = ["name", "phone", "address"];

    public static ImportBatch Read(ReadOnlyMemory<byte> utf8, string? source)
    {
        var batch = new ImportBatch();
        var json = new JsonRows(source, batch);
        if (json.Parse(utf8) is not { } root || json.Object(root, "the document") is null)
        {
            return batch;
        }

        var reader = new ImportRowReader(batch);
        foreach (var (name, value) in json.Properties(root))
        {
            if (!Arrays.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                json.Unknown(value.Line, name, Arrays);
                continue;
            }

            foreach (var (index, node) in json.Array(root, name, null))
            {
                var path = $"{name}[{index}]";
                if (json.Object(node, path) is not { } item)
                {
                    continue;
                }
                switch (name.ToUpperInvariant())
                {
                    case "CUSTOMERS":
                        ReadCustomer(item, path, json, reader, batch);
                        break;
                    case "SHIPMENTS":
                        ReadShipment(item, path, json, reader, batch);
                        break;
                    default:
                        if (reader.Event(json.Row(item, path, EventProperties)) is { } scan)
                        {
                            batch.Add(scan);
                        }
                        break;
                }
            }
        }
        return batch;
    }

    /// <summary>One event object for the shipment <paramref name="number"/> (a <c>trackingNumber</c> in it must agree).</summary>
    public static ImportBatch ReadEvent(ReadOnlyMemory<byte> utf8, TrackingNumber number)
    {
        var batch = new ImportBatch();
        var json = new JsonRows(null, batch);
        if (json.Parse(utf8) is { } root && json.Object(root, "the event") is { } item
            && new ImportRowReader(batch).Event(json.Row(item, null, EventProperties), number) is { } scan)
        {
            batch.Add(scan);
        }
        return batch;
    }

    private static void ReadCustomer(JsonLineNode item, string path, JsonRows json, ImportRowReader reader, ImportBatch batch)
    {
        var problems = batch.Problems.Count;
        var row = json.Row(item, path, CustomerProperties, "contacts");
        var id = reader.CustomerId(row);
        var name = reader.CustomerName(row, required: true);
        var tier = reader.Tier(row);
        var contacts = new List<CustomerContact>();
        foreach (var (index, node) in json.Array(item, "contacts", path))
        {
            var contactPath = $"{path}.contacts[{index}]";
            if (json.Object(node, contactPath) is not { } contact)
            {
                continue;
            }
            var contactRow = json.Row(contact, contactPath, ContactProperties);
            if (reader.Contact(contactRow) is { } parsed)
            {
                contacts.Add(parsed);
            }
            else if (!contactRow.HasAny(ImportFields.ContactName, ImportFields.ContactPhone, ImportFields.ContactEmail, ImportFields.ContactAadObjectId))
            {
                reader.Required(contactRow, ImportFields.ContactName, int.MaxValue);
            }
        }
        if (batch.Problems.Count == problems)
        {
            batch.Add(new ImportedCustomer(row.Origin, new Customer(id!, name!, tier ?? CustomerTier.General, contacts)));
        }
    }

    private static void ReadShipment(JsonLineNode item, string path, JsonRows json, ImportRowReader reader, ImportBatch batch)
    {
        var row = json.Row(item, path, ShipmentProperties, "shipper", "consignee", "events");
        Party(item, "shipper", path, row, json);
        Party(item, "consignee", path, row, json);
        var shipment = reader.Shipment(row);
        if (shipment is not null)
        {
            batch.Add(shipment);
        }

        var number = shipment?.Number ?? (TrackingNumber.TryParse(row.Get(ImportFields.TrackingNumber), out var parsed) ? parsed : null);
        foreach (var (index, node) in json.Array(item, "events", path))
        {
            var eventPath = $"{path}.events[{index}]";
            if (json.Object(node, eventPath) is { } scan && number is not null
                && reader.Event(json.Row(scan, eventPath, EventProperties), number) is { } parsedEvent)
            {
                batch.Add(parsedEvent);
            }
        }
    }

    // shipper {name, phone, address} becomes the fields shipperName, shipperPhone, shipperAddress (the CSV columns).
    private static void Party(JsonLineNode item, string party, string path, ImportRow row, JsonRows json)
    {
        if (JsonRows.Find(item, party) is not { Kind: not JsonValueKind.Null } value || json.Object(value, $"{path}.{party}") is not { } node)
        {
            return;
        }
        var fields = PartyProperties.ToDictionary(p => p, p => party + char.ToUpperInvariant(p[0]) + p[1..], StringComparer.OrdinalIgnoreCase);
        json.Fill(row, node, $"{path}.{party}", fields);
    }

    private static Dictionary<string, string> Map(params string[] names) =>
        names.ToDictionary(n => n, n => n, StringComparer.OrdinalIgnoreCase);
}
