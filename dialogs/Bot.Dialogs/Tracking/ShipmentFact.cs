namespace Bot.Dialogs.Tracking;

/// <summary>One label and its value on a tracking answer (a fact of the card, a line of the text).</summary>
internal sealed record ShipmentFact(string Label, string Value);
