using Bot.Domain.Language;

namespace Bot.Language.Evaluation;

/// <summary>The names used for <see cref="EscalationSignals"/> in JSON lines: "AsksForPerson", "LegalThreat",
/// "MediaThreat", "RegulatorThreat", "SwitchingProvider".</summary>
public static class SignalNames
{
    public const string AsksForPerson = nameof(EscalationSignals.AsksForPerson);
    public const string LegalThreat = nameof(EscalationSignals.LegalThreat);
    public const string MediaThreat = nameof(EscalationSignals.MediaThreat);
    public const string RegulatorThreat = nameof(EscalationSignals.RegulatorThreat);
    public const string SwitchingProvider = nameof(EscalationSignals.SwitchingProvider);

    public static readonly IReadOnlyList<string> All = [AsksForPerson, LegalThreat, MediaThreat, RegulatorThreat, SwitchingProvider];

    public static IReadOnlyList<string> Of(EscalationSignals signals)
    {
        var names = new List<string>(5);
        if (signals.AsksForPerson) names.Add(AsksForPerson);
        if (signals.LegalThreat) names.Add(LegalThreat);
        if (signals.MediaThreat) names.Add(MediaThreat);
        if (signals.RegulatorThreat) names.Add(RegulatorThreat);
        if (signals.SwitchingProvider) names.Add(SwitchingProvider);
        return names;
    }

    /// <summary>Builds signals from names (case-insensitive); returns the first unknown name, if any.</summary>
    public static EscalationSignals From(IEnumerable<string> names, out string? unknown)
    {
        var signals = EscalationSignals.None;
        unknown = null;
        foreach (var name in names)
        {
            var canonical = All.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
            signals = canonical switch
            {
                AsksForPerson => signals with { AsksForPerson = true },
                LegalThreat => signals with { LegalThreat = true },
                MediaThreat => signals with { MediaThreat = true },
                RegulatorThreat => signals with { RegulatorThreat = true },
                SwitchingProvider => signals with { SwitchingProvider = true },
                _ => signals,
            };
            if (canonical is null)
            {
                unknown ??= name;
            }
        }

        return signals;
    }
}
