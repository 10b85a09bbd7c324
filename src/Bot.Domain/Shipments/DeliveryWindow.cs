namespace Bot.Domain.Shipments;

/// <summary>The delivery window promised to the customer; <see cref="To"/> is the deadline that makes a shipment late.</summary>
public sealed record DeliveryWindow
{
    public DeliveryWindow(DateTimeOffset from, DateTimeOffset to)
    {
        if (to < from)
        {
            throw new ArgumentException("The window must not end before it starts.", nameof(to));
        }

        From = from;
        To = to;
    }

    public DateTimeOffset From { get; }

    public DateTimeOffset To { get; }

    public bool Contains(DateTimeOffset moment) => moment >= From && moment <= To;
}
