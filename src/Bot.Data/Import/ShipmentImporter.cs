using Bot.Data.Customers;
using Bot.Data.Shipments;
using Bot.Domain.Shipments;
using Microsoft.EntityFrameworkCore;

namespace Bot.Data.Import;

/// <summary>
/// Writes an <see cref="ImportBatch"/> all or nothing. Every problem is collected first — the readers' ones, rows given
/// twice, shipments of unknown customers and events of unknown shipments (known means in this batch or in the store) —
/// and when there is any, nothing is written. Otherwise the batch is written in one transaction: customers and shipments
/// are upserted by id / tracking number, and events already stored (same number, stage, instant and location) skipped,
/// so importing the same file again changes nothing.
/// </summary>
public sealed class ShipmentImporter(IDbContextFactory<BotDbContext> contexts)
{
    public async Task<ImportResult> ImportAsync(ImportBatch batch, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var problems = new List<ImportProblem>(batch.Problems);
        problems.AddRange(ImportDuplicates.Find(batch));

        await using var db = await contexts.CreateDbContextAsync(ct);
        // SQLite's BEGIN IMMEDIATE: the checks against the store and the writes see the same data.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var customers = await LoadCustomersAsync(db, batch, ct);
        var shipments = await LoadShipmentsAsync(db, batch, ct);
        problems.AddRange(UnknownReferences(batch, customers, shipments));
        if (problems.Count > 0)
        {
            return ImportResult.Rejected(batch.Sorted(problems));
        }

        var customerCounts = UpsertCustomers(db, batch, customers);
        var shipmentCounts = UpsertShipments(db, batch, shipments);
        var newEvents = new List<RecordedShipmentEvent>();
        var eventCounts = AddEvents(batch, shipments, newEvents);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ImportResult([], new ImportSummary(customerCounts, shipmentCounts, eventCounts), newEvents);
    }

    private static async Task<Dictionary<string, CustomerEntity>> LoadCustomersAsync(BotDbContext db, ImportBatch batch, CancellationToken ct)
    {
        var ids = batch.Customers.Select(c => c.Customer.Id).Concat(batch.Shipments.Select(s => s.CustomerId)).Distinct().ToList();
        return ids.Count == 0
            ? new(StringComparer.Ordinal)
            : await db.Customers.Include(c => c.Contacts).Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, StringComparer.Ordinal, ct);
    }

    private static async Task<Dictionary<string, ShipmentEntity>> LoadShipmentsAsync(BotDbContext db, ImportBatch batch, CancellationToken ct)
    {
        var numbers = batch.Shipments.Select(s => s.Number.Value).Concat(batch.Events.Select(e => e.Number.Value)).Distinct().ToList();
        return numbers.Count == 0
            ? new(StringComparer.Ordinal)
            : await db.Shipments.Include(s => s.Events).Where(s => numbers.Contains(s.TrackingNumber))
                .ToDictionaryAsync(s => s.TrackingNumber, StringComparer.Ordinal, ct);
    }

    private static IEnumerable<ImportProblem> UnknownReferences(
        ImportBatch batch, Dictionary<string, CustomerEntity> customers, Dictionary<string, ShipmentEntity> shipments)
    {
        foreach (var shipment in batch.Shipments)
        {
            if (!batch.MentionedCustomerIds.Contains(shipment.CustomerId) && !customers.ContainsKey(shipment.CustomerId))
            {
                yield return new ImportProblem(shipment.Origin, ImportFields.CustomerId, ImportProblemKind.UnknownCustomer,
                    $"Customer '{shipment.CustomerId}' is neither in this import nor in the store.");
            }
        }
        foreach (var scan in batch.Events)
        {
            if (!batch.MentionedTrackingNumbers.Contains(scan.Number.Value) && !shipments.ContainsKey(scan.Number.Value))
            {
                yield return new ImportProblem(scan.Origin, ImportFields.TrackingNumber, ImportProblemKind.UnknownShipment,
                    $"Shipment {scan.Number.Value} is neither in this import nor in the store.");
            }
        }
    }

    private static ImportCounts UpsertCustomers(BotDbContext db, ImportBatch batch, Dictionary<string, CustomerEntity> stored)
    {
        int inserted = 0, updated = 0, skipped = 0;
        foreach (var customer in batch.Customers.Select(c => c.Customer))
        {
            if (!stored.TryGetValue(customer.Id, out var entity))
            {
                db.Customers.Add(CustomerMapping.ToEntity(customer));
                inserted++;
                continue;
            }

            var contacts = CustomerMapping.ToEntity(customer).Contacts;
            var changed = entity.Name != customer.Name || entity.Tier != customer.Tier;
            entity.Name = customer.Name;
            entity.Tier = customer.Tier;
            // A row without contacts keeps the stored ones; a row with contacts replaces them.
            if (contacts.Count > 0 && !SameContacts(entity.Contacts, contacts))
            {
                entity.Contacts.Clear();
                entity.Contacts.AddRange(contacts);
                changed = true;
            }
            if (changed)
            {
                updated++;
            }
            else
            {
                skipped++;
            }
        }
        return new ImportCounts(inserted, updated, skipped);
    }

    private static ImportCounts UpsertShipments(BotDbContext db, ImportBatch batch, Dictionary<string, ShipmentEntity> stored)
    {
        int inserted = 0, updated = 0, skipped = 0;
        foreach (var shipment in batch.Shipments)
        {
            if (!stored.TryGetValue(shipment.Number.Value, out var entity))
            {
                entity = new ShipmentEntity { TrackingNumber = shipment.Number.Value, CustomerId = shipment.CustomerId };
                Apply(entity, shipment);
                db.Shipments.Add(entity);
                stored[shipment.Number.Value] = entity;
                inserted++;
                continue;
            }
            if (Apply(entity, shipment))
            {
                updated++;
            }
            else
            {
                skipped++;
            }
        }
        return new ImportCounts(inserted, updated, skipped);
    }

    private static ImportCounts AddEvents(ImportBatch batch, Dictionary<string, ShipmentEntity> shipments, List<RecordedShipmentEvent> added)
    {
        var known = shipments.Values
            .SelectMany(s => s.Events.Select(e => ImportEventKey.Of(s.TrackingNumber, e.Stage, e.At, e.Location)))
            .ToHashSet();
        var skipped = 0;
        foreach (var scan in batch.Events)
        {
            if (!known.Add(ImportEventKey.Of(scan)))
            {
                skipped++;
                continue;
            }
            shipments[scan.Number.Value].Events.Add(ShipmentMapping.ToEntity(scan.Number, scan.Event));
            added.Add(new RecordedShipmentEvent(scan.Number, scan.Event));
        }
        return new ImportCounts(added.Count, 0, skipped);
    }

    // True when anything changed. Times compare as instants: the same moment in another offset is no change.
    private static bool Apply(ShipmentEntity entity, ImportedShipment row)
    {
        var before = (entity.CustomerId, entity.PromisedFrom, entity.PromisedTo, entity.ShipperName, entity.ShipperPhone,
            entity.ShipperAddress, entity.ConsigneeName, entity.ConsigneePhone, entity.ConsigneeAddress);
        var after = (row.CustomerId, row.PromisedDelivery.From, row.PromisedDelivery.To, row.Shipper.Name, row.Shipper.Phone,
            row.Shipper.Address, row.Consignee.Name, row.Consignee.Phone, row.Consignee.Address);
        if (before == after)
        {
            return false;
        }
        (entity.CustomerId, entity.PromisedFrom, entity.PromisedTo, entity.ShipperName, entity.ShipperPhone,
            entity.ShipperAddress, entity.ConsigneeName, entity.ConsigneePhone, entity.ConsigneeAddress) = after;
        return true;
    }

    private static bool SameContacts(List<CustomerContactEntity> stored, List<CustomerContactEntity> given) =>
        stored.OrderBy(c => c.Id).Select(Values).SequenceEqual(given.Select(Values));

    private static (string, string?, string?, string?) Values(CustomerContactEntity c) => (c.Name, c.Phone, c.Email, c.AadObjectId);
}
