using Bot.Domain.Shipments;

namespace Bot.Domain.Tests.Shipments;

public sealed class ShipmentTests
{
    private static readonly DateTimeOffset Monday = new(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly DeliveryWindow Window = new(Monday.AddDays(2), Monday.AddDays(3));

    private static Shipment ShipmentWith(params ShipmentEvent[] events) =>
        new(TrackingNumber.Parse("SF1234567890123"), "C001", Window, events);

    [Fact]
    public void Timeline_is_ordered_by_time_whatever_the_order_the_scans_arrived_in()
    {
        var shipment = ShipmentWith(
            new ShipmentEvent(ShipmentStage.InTransit, "Hangzhou", Monday.AddHours(20)),
            new ShipmentEvent(ShipmentStage.PickedUp, "Shanghai", Monday.AddHours(1)),
            new ShipmentEvent(ShipmentStage.AtWarehouse, "Shanghai hub", Monday.AddHours(5)));

        Assert.Equal(
            [ShipmentStage.PickedUp, ShipmentStage.AtWarehouse, ShipmentStage.InTransit],
            shipment.Timeline.Select(e => e.Stage));
        Assert.Equal("Hangzhou", shipment.LastScan!.Location);
        Assert.Equal(ShipmentStage.InTransit, shipment.CurrentStage);
    }

    [Fact]
    public void A_shipment_without_scans_is_created_and_has_no_last_scan()
    {
        var shipment = ShipmentWith();

        Assert.Equal(ShipmentStage.Created, shipment.CurrentStage);
        Assert.Null(shipment.LastScan);
    }

    [Fact]
    public void Shipment_in_transit_past_the_promised_window_is_late()
    {
        var shipment = ShipmentWith(new ShipmentEvent(ShipmentStage.InTransit, "Wuhan", Monday.AddHours(3)));

        Assert.False(shipment.IsLate(Window.To));
        Assert.True(shipment.IsLate(Window.To.AddMinutes(1)));
    }

    [Fact]
    public void Delivered_shipment_is_never_late_but_remembers_it_was_delivered_late()
    {
        var shipment = ShipmentWith(
            new ShipmentEvent(ShipmentStage.OutForDelivery, "Beijing", Monday.AddDays(3)),
            new ShipmentEvent(ShipmentStage.Delivered, "Beijing", Window.To.AddHours(2), SignedBy: "Li Lei"));

        Assert.False(shipment.IsLate(Window.To.AddDays(5)));
        Assert.True(shipment.WasDeliveredLate);
        Assert.Equal("Li Lei", shipment.Delivery!.SignedBy);
    }

    [Fact]
    public void Exception_is_detected_with_its_reason_and_cleared_by_a_later_scan()
    {
        var inException = ShipmentWith(
            new ShipmentEvent(ShipmentStage.InTransit, "Nanjing", Monday.AddHours(2)),
            new ShipmentEvent(ShipmentStage.Exception, "Nanjing", Monday.AddHours(6), ExceptionReason: "weather"));

        Assert.True(inException.IsException);
        Assert.Equal("weather", inException.ExceptionReason);

        var moving = inException.WithEvent(new ShipmentEvent(ShipmentStage.InTransit, "Nanjing", Monday.AddHours(9)));

        Assert.False(moving.IsException);
        Assert.Null(moving.ExceptionReason);
        Assert.Equal(3, moving.Timeline.Count);
    }

    [Fact]
    public void Delivery_window_cannot_end_before_it_starts()
    {
        Assert.Throws<ArgumentException>(() => new DeliveryWindow(Monday, Monday.AddSeconds(-1)));
    }
}
