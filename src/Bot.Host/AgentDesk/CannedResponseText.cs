using Bot.Host.Handoff;

namespace Bot.Host.AgentDesk;

/// <summary>
/// Fills a canned response's placeholders from the conversation the agent has open: {customerName}, {trackingNumber} (the
/// first one known), {agentName}, {reference} (the first complaint's). A value the conversation does not have leaves its
/// placeholder in the text, so the agent sees what to fill in before sending.
/// </summary>
internal static class CannedResponseText
{
    public static string Fill(string text, ConversationView conversation, DeskAgent agent)
    {
        var trackingNumber = conversation.TrackingNumbers.Count > 0 ? conversation.TrackingNumbers[0]
            : conversation.Shipments.Count > 0 ? conversation.Shipments[0].TrackingNumber
            : null;
        var reference = conversation.Complaints.Count > 0 ? conversation.Complaints[0].Reference : null;
        return text
            .Replace("{customerName}", Or(conversation.CustomerName, "{customerName}"), StringComparison.Ordinal)
            .Replace("{trackingNumber}", Or(trackingNumber, "{trackingNumber}"), StringComparison.Ordinal)
            .Replace("{agentName}", Or(agent.DisplayName, "{agentName}"), StringComparison.Ordinal)
            .Replace("{reference}", Or(reference, "{reference}"), StringComparison.Ordinal);
    }

    private static string Or(string? value, string placeholder) => string.IsNullOrWhiteSpace(value) ? placeholder : value;
}
