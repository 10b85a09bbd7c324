using System.Globalization;
using Bot.Domain.Shipments;

namespace Bot.Data.Demo;

/// <summary>
/// The bulk of the demo shipments: built deterministically from their index (no randomness), every stage equally often,
/// some late and some in exception, spread over all demo customers, numbers in every format the recogniser knows.
/// </summary>
internal static class DemoShipmentGenerator
{
    public const int Count = 48;

    private static readonly ShipmentStage[] Stages = Enum.GetValues<ShipmentStage>();

    public static IEnumerable<Shipment> Create(DateTimeOffset now)
    {
        for (var i = 0; i < Count; i++)
        {
            yield return Create(i, now);
        }
    }

    private static Shipment Create(int i, DateTimeOffset now)
    {
        var round = i / Stages.Length;
        var stage = Stages[i % Stages.Length];
        // Over the rounds every stage visits every customer, in every number format.
        var origin = DemoRoutes.Origins[((int)stage + round) % DemoRoutes.Origins.Count];
        var destination = DestinationFor(i, origin);
        var consigneeName = DemoRoutes.Consignees[i * 7 % DemoRoutes.Consignees.Count];
        var consignee = new ShipmentParty(consigneeName, Mobile(i), destination.Address);
        // Rounds 0 and 3 are overdue: still on the way after the promised window ended.
        var late = round % 3 == 0 && stage is not (ShipmentStage.Created or ShipmentStage.Delivered or ShipmentStage.Returned);
        var steps = Steps(i, stage, origin, destination, consigneeName);
        var age = TimeSpan.FromHours(AgeHours(round, stage) + (late ? 24 * (4 + (i % 5)) : 0));
        var start = now - age;
        var events = steps.Select((step, k) => step with { At = start + (age * k / steps.Count) }).ToList();
        var window = Window(round, stage, late, now, start, events[^1].At);
        return new Shipment(Number(i, ((int)stage + (2 * round)) % 6), origin.CustomerId, window, events, origin.Shipper, consignee);
    }

    private static List<ShipmentEvent> Steps(int i, ShipmentStage stage, DemoRoutes.Origin origin, DemoRoutes.Destination to, string consignee)
    {
        var path = new List<ShipmentEvent>
        {
            new(ShipmentStage.Created, origin.City, default),
            new(ShipmentStage.PickedUp, origin.District, default),
            new(ShipmentStage.AtWarehouse, origin.Hub, default),
            new(ShipmentStage.InTransit, to.TransitHub, default),
            new(ShipmentStage.OutForDelivery, to.District, default),
        };
        switch (stage)
        {
            case ShipmentStage.Delivered:
                path.Add(new(ShipmentStage.Delivered, to.District, default, SignedBy: Signer(i, consignee)));
                return path;
            case ShipmentStage.Exception:
                // Half stop on the line haul, half on the delivery round.
                var reason = DemoRoutes.ExceptionReasons[i / Stages.Length % DemoRoutes.ExceptionReasons.Count];
                var stopped = path.Take(i / Stages.Length % 2 == 0 ? 4 : 5).ToList();
                stopped.Add(new(ShipmentStage.Exception, stopped[^1].Location, default, ExceptionReason: reason));
                return stopped;
            case ShipmentStage.Returned:
                var cause = DemoRoutes.ReturnReasons[i / Stages.Length % DemoRoutes.ReturnReasons.Count];
                path.Add(new(ShipmentStage.Exception, to.District, default, ExceptionReason: cause));
                path.Add(new(ShipmentStage.Returned, origin.District, default, ExceptionReason: cause));
                return path;
            default:
                return path.Take((int)stage + 1).ToList();
        }
    }

    private static double AgeHours(int round, ShipmentStage stage) => stage switch
    {
        ShipmentStage.Created => 1 + (round * 1.5),
        ShipmentStage.PickedUp => 4 + round,
        ShipmentStage.AtWarehouse => 10 + (round * 2),
        ShipmentStage.InTransit => 26 + (round * 3),
        ShipmentStage.OutForDelivery => 44 + (round * 2),
        ShipmentStage.Delivered => 60 + (round * 12),
        ShipmentStage.Exception => 30 + (round * 4),
        _ => (8 + (round % 4)) * 24,
    };

    private static DeliveryWindow Window(int round, ShipmentStage stage, bool late, DateTimeOffset now, DateTimeOffset start, DateTimeOffset lastScan)
    {
        var day = TimeSpan.FromDays(1);
        DateTimeOffset to;
        if (late)
        {
            to = now.AddHours(-(6 + ((int)stage * 8) + (round * 5)));
        }
        else if (stage == ShipmentStage.Delivered)
        {
            // One round was delivered a day after its window; the others inside it.
            to = round == 2 ? lastScan.AddHours(-30) : lastScan.AddHours(4);
        }
        else if (stage == ShipmentStage.Returned)
        {
            to = start.AddHours(72);
        }
        else
        {
            to = now.AddHours(stage == ShipmentStage.Created ? 72 + (round % 3 * 24) : 8 + (round % 5 * 10));
        }
        return new DeliveryWindow(to - day, to);
    }

    private static DemoRoutes.Destination DestinationFor(int i, DemoRoutes.Origin origin)
    {
        var index = (i * 5) + 3;
        var destination = DemoRoutes.Destinations[index % DemoRoutes.Destinations.Count];
        // No demo parcel goes to the city it was sent from.
        var city = origin.City.Split(' ')[0];
        return destination.District.StartsWith(city, StringComparison.Ordinal)
            ? DemoRoutes.Destinations[(index + 1) % DemoRoutes.Destinations.Count]
            : destination;
    }

    private static string Signer(int i, string consignee) => (i % 3) switch
    {
        0 => $"{consignee} (in person 本人签收)",
        1 => $"Front desk 前台 (for {consignee} 代收)",
        _ => $"Parcel locker 快递柜 (collected by {consignee} 本人取件)",
    };

    // Last four digits are distinct between all generated consignees (263 is coprime with 10 000).
    private static string Mobile(int i) => string.Create(CultureInfo.InvariantCulture,
        $"+86 {DemoRoutes.MobilePrefixes[i % DemoRoutes.MobilePrefixes.Count]} {(2000 + (i * 371)) % 10_000:D4} {(1357 + (i * 263)) % 10_000:D4}");

    private static TrackingNumber Number(int i, int format) => TrackingNumber.Parse(format switch
    {
        0 => Digits("SF", 2_604_118_300_000 + (i * 7_919_431L), 13),
        1 => Digits("JDVA", 3_011_250_000_000 + (i * 6_133_977L), 13),
        2 => Digits("YT", 7_300_845_000_000 + (i * 5_210_337L), 13),
        3 => Digits("ZTO", 731_245_600_000 + (i * 3_407_719L), 12),
        4 => S10(i),
        _ => i / Stages.Length % 2 == 0
            ? Digits(string.Empty, 773_100_000_000 + (i * 4_409_101L), 12)
            : Digits(string.Empty, 4_300_845_000_000 + (i * 2_750_113L), 13),
    });

    private static string Digits(string prefix, long value, int width) =>
        prefix + value.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');

    // UPU S10: service letters, eight-digit serial, check digit, country — with a correct check digit.
    private static string S10(int i)
    {
        string[] services = ["EA", "RR", "CP", "EB", "LX"];
        var serial = Digits(string.Empty, 36_810_000 + (i * 9_973L), 8);
        int[] weights = [8, 6, 4, 2, 3, 5, 9, 7];
        var sum = serial.Select((c, k) => (c - '0') * weights[k]).Sum();
        var check = (11 - (sum % 11)) switch
        {
            10 => 0,
            11 => 5,
            var digit => digit,
        };
        return string.Create(CultureInfo.InvariantCulture, $"{services[i % services.Length]}{serial}{check}CN");
    }
}
