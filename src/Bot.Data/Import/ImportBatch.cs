namespace Bot.Data.Import;

/// <summary>
/// Everything read from one or more files (or an HTTP body) before it is written: the rows that parsed, the problems
/// found so far, and the customer ids and tracking numbers that rows named — valid or not, so that a broken customer row
/// does not also make its shipments "unknown customer".
/// </summary>
public sealed class ImportBatch
{
    private readonly List<ImportedCustomer> _customers = [];
    private readonly List<ImportedShipment> _shipments = [];
    private readonly List<ImportedEvent> _events = [];
    private readonly List<ImportProblem> _problems = [];
    private readonly List<string?> _sources = [];
    private readonly HashSet<string> _customerIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _trackingNumbers = new(StringComparer.Ordinal);

    public IReadOnlyList<ImportedCustomer> Customers => _customers;

    public IReadOnlyList<ImportedShipment> Shipments => _shipments;

    public IReadOnlyList<ImportedEvent> Events => _events;

    public IReadOnlyList<ImportProblem> Problems => _problems;

    /// <summary>The files in the order they were read; problems are reported in this order, then by line.</summary>
    public IReadOnlyList<string?> Sources => _sources;

    public IReadOnlySet<string> MentionedCustomerIds => _customerIds;

    /// <summary>Normalised tracking numbers of the shipment rows (not of event rows).</summary>
    public IReadOnlySet<string> MentionedTrackingNumbers => _trackingNumbers;

    public bool IsEmpty => _customers.Count == 0 && _shipments.Count == 0 && _events.Count == 0 && _problems.Count == 0;

    public void Add(ImportedCustomer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        NoteSource(customer.Origin.Source);
        _customers.Add(customer);
        _customerIds.Add(customer.Customer.Id);
    }

    public void Add(ImportedShipment shipment)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        NoteSource(shipment.Origin.Source);
        _shipments.Add(shipment);
        _trackingNumbers.Add(shipment.Number.Value);
    }

    public void Add(ImportedEvent scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        NoteSource(scan.Origin.Source);
        _events.Add(scan);
    }

    public void Add(ImportProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        NoteSource(problem.Source);
        _problems.Add(problem);
    }

    public void MentionCustomer(string id) => _customerIds.Add(id);

    public void MentionShipment(string normalisedNumber) => _trackingNumbers.Add(normalisedNumber);

    /// <summary>Adds everything read from another file.</summary>
    public void Append(ImportBatch other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var source in other._sources)
        {
            NoteSource(source);
        }
        _customers.AddRange(other._customers);
        _shipments.AddRange(other._shipments);
        _events.AddRange(other._events);
        _problems.AddRange(other._problems);
        _customerIds.UnionWith(other._customerIds);
        _trackingNumbers.UnionWith(other._trackingNumbers);
    }

    /// <summary>Problems in file order, then line order (stable for problems on the same line).</summary>
    public IReadOnlyList<ImportProblem> Sorted(IEnumerable<ImportProblem> problems) =>
        [.. problems.OrderBy(p => SourceIndex(p.Source)).ThenBy(p => p.Line)];

    private int SourceIndex(string? source)
    {
        var index = _sources.IndexOf(source);
        return index < 0 ? int.MaxValue : index;
    }

    private void NoteSource(string? source)
    {
        if (!_sources.Contains(source))
        {
            _sources.Add(source);
        }
    }
}
