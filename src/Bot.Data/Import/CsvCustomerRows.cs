using Bot.Domain.Customers;

namespace Bot.Data.Import;

/// <summary>
/// Customer CSV rows with the same id are one customer: the first row names it (name required, tier optional), later
/// rows add contacts; their name and tier, when given, must agree with the first row. A repeated contact is a duplicate.
/// </summary>
internal sealed class CsvCustomerRows(ImportRowReader reader, ImportBatch batch)
{
    private readonly Dictionary<string, Group> _groups = new(StringComparer.Ordinal);
    private readonly List<Group> _order = [];

    public void Add(ImportRow row)
    {
        var problems = batch.Problems.Count;
        var id = reader.CustomerId(row);
        if (id is null)
        {
            return;
        }

        var first = !_groups.TryGetValue(id, out var group);
        var name = reader.CustomerName(row, required: first);
        var tier = reader.Tier(row);
        var contact = reader.Contact(row);
        if (first)
        {
            group = new Group(id, row.Origin, name, tier ?? CustomerTier.General);
            _groups[id] = group;
            _order.Add(group);
        }
        else
        {
            Agree(group!, row, ImportFields.Name, name is null || name == group!.Name);
            Agree(group!, row, ImportFields.Tier, tier is null || tier == group!.Tier);
        }

        if (contact is not null)
        {
            var same = group!.Contacts.FindIndex(c => c.Contact == contact);
            if (same >= 0)
            {
                batch.Add(new ImportProblem(row.Origin, ImportFields.ContactName, ImportProblemKind.Duplicate,
                    $"This contact of customer '{id}' is already on line {group.Contacts[same].Line}."));
            }
            else
            {
                group.Contacts.Add((row.Origin.Line, contact));
            }
        }
        group!.Broken |= batch.Problems.Count != problems;
    }

    /// <summary>Adds the customers whose rows were all valid to the batch.</summary>
    public void Complete()
    {
        foreach (var group in _order.Where(g => !g.Broken && g.Name is not null))
        {
            batch.Add(new ImportedCustomer(group.Origin, new Customer(group.Id, group.Name!, group.Tier, group.Contacts.Select(c => c.Contact))));
        }
    }

    private void Agree(Group group, ImportRow row, string field, bool agrees)
    {
        if (!agrees)
        {
            batch.Add(new ImportProblem(row.Origin, field, ImportProblemKind.Conflict,
                $"{field} differs from line {group.Origin.Line}, which names customer '{group.Id}' first."));
        }
    }

    private sealed class Group(string id, ImportOrigin origin, string? name, CustomerTier tier)
    {
        public string Id { get; } = id;
        public ImportOrigin Origin { get; } = origin;
        public string? Name { get; } = name;
        public CustomerTier Tier { get; } = tier;
        public List<(int Line, CustomerContact Contact)> Contacts { get; } = [];
        public bool Broken { get; set; }
    }
}
