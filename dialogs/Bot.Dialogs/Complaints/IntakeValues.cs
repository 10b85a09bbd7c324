using System.Text.Json.Nodes;
using Bot.Domain.Language;

namespace Bot.Dialogs.Complaints;

// The answers of a complaint intake, kept in the intake waterfall's values (so they survive a host restart).
internal sealed class IntakeValues(JsonObject values)
{
    public string Description
    {
        get => values["description"]?.GetValue<string>() ?? string.Empty;
        set => values["description"] = value;
    }

    public string? TrackingNumber
    {
        get => values["trackingNumber"]?.GetValue<string>();
        set => values["trackingNumber"] = value;
    }

    public string? Phone
    {
        get => values["phone"]?.GetValue<string>();
        set => values["phone"] = value;
    }

    // The phone on file, used without being read out: the restatement names it without its digits.
    public bool PhoneUnsaid
    {
        get => values["phoneUnsaid"]?.GetValue<bool>() ?? false;
        set => values["phoneUnsaid"] = value;
    }

    public ComplaintCategory Category
    {
        get => Enum.TryParse<ComplaintCategory>(values["category"]?.GetValue<string>(), out var category) ? category : ComplaintCategory.Other;
        set => values["category"] = value.ToString();
    }

    public int Photos
    {
        get => values["photos"]?.GetValue<int>() ?? 0;
        set => values["photos"] = value;
    }

    public decimal? DeclaredValue
    {
        get => values["declaredValue"]?.GetValue<decimal>();
        set => values["declaredValue"] = value;
    }

    public string Summary
    {
        get => values["summary"]?.GetValue<string>() ?? string.Empty;
        set => values["summary"] = value;
    }

    public static bool AsksForEvidence(ComplaintCategory category) =>
        category is ComplaintCategory.DamageOrDeterioration or ComplaintCategory.ShortageOrLoss;
}
