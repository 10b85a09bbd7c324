using System.Text.Json;
using Bot.Domain.Language;
using Bot.Runtime.Dialogs;

namespace Bot.Dialogs.Complaints;

// The escalation signals heard during one complaint intake (in the description or any later answer), kept in the
// complaint dialog's own instance state so that going through the questions again does not forget them.
internal static class ComplaintSignals
{
    private const string Key = "complaintSignals";

    public static void Merge(DialogContext innerDc, EscalationSignals heard)
    {
        ArgumentNullException.ThrowIfNull(heard);
        if (!heard.Any || innerDc.Parent?.ActiveDialog is not { } owner)
        {
            return;
        }
        var known = Read(innerDc);
        var merged = new EscalationSignals(
            known.AsksForPerson || heard.AsksForPerson,
            known.LegalThreat || heard.LegalThreat,
            known.MediaThreat || heard.MediaThreat,
            known.RegulatorThreat || heard.RegulatorThreat,
            known.SwitchingProvider || heard.SwitchingProvider);
        owner.State[Key] = JsonSerializer.SerializeToNode(merged, DialogJson.Options);
    }

    public static EscalationSignals Read(DialogContext innerDc) =>
        innerDc.Parent?.ActiveDialog?.State[Key]?.Deserialize<EscalationSignals>(DialogJson.Options) ?? EscalationSignals.None;
}
