namespace Bot.Dialogs.Tracking;

/// <summary>Shipment tracking answers (section <c>Tracking</c>).</summary>
public sealed class TrackingOptions
{
    public const string Section = "Tracking";
}
