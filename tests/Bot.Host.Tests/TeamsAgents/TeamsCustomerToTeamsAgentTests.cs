using Bot.Domain.Handoff;
using Bot.Host.Tests.Handoff;
using Bot.Host.Tests.Teams;

namespace Bot.Host.Tests.TeamsAgents;

// Both ends in Teams: a customer in a personal chat with the bot, an agent in the agents' channel. The same connector
// carries both conversations, so every call is checked for the conversation it belongs to.
public sealed class TeamsCustomerToTeamsAgentTests
{
    [Fact]
    public async Task A_Teams_customer_is_served_from_the_agents_channel_and_each_side_hears_only_the_other()
    {
        await using var host = await TeamsAgentsTestHost.StartAsync();
        await host.AddAgentAsync("alice", "aad-alice");
        var customerChat = TeamsActivityJson.NewPersonalConversation();
        var customerPath = $"/teams/v3/conversations/{Uri.EscapeDataString(customerChat)}/activities";

        await host.PostAsync(TeamsActivityJson.Message(host.Teams.ServiceUrl, "personal", customerChat, HandoffTestBot.AskForPerson));
        var escalation = Assert.Single(await host.Escalations.ListOpenAsync(default));
        Assert.Equal(("msteams", customerChat), (escalation.Conversation.ChannelId, escalation.Conversation.ConversationId));
        var (created, thread) = await host.ThreadOfAsync(escalation.Id);
        Assert.Contains("Teams", created.Body!.ToJsonString(), StringComparison.Ordinal);

        await host.InvokeAsync(thread, "aad-alice", "handoff.claim");
        await host.Teams.WaitForAsync(r => r.Method == "POST" && r.RawPath.StartsWith(customerPath, StringComparison.Ordinal)
            && ((string?)r.Body!["text"])?.Contains("Alice", StringComparison.Ordinal) == true);

        // The agent's thread reply reaches the customer's personal chat (proactively: a new message, not a reply).
        await host.PostChannelMessageAsync(thread.ConversationId, "aad-alice", "Your parcel is in Wuhan.");
        var toCustomer = await host.Teams.WaitForAsync(r => r.Method == "POST" && r.RawPath == customerPath
            && (string?)r.Body!["text"] == "Alice (agent): Your parcel is in Wuhan.");
        Assert.Equal(customerChat, (string?)toCustomer.Body!["conversation"]!["id"]);

        // The customer's answer in Teams goes to the card's thread, not to the bot.
        await host.PostAsync(TeamsActivityJson.Message(host.Teams.ServiceUrl, "personal", customerChat, "great, thanks"));
        await host.ThreadLineAsync(thread, "Customer: great, thanks");
        Assert.DoesNotContain(host.Teams.Requests, r => ((string?)r.Body?["text"])?.StartsWith("bot heard", StringComparison.Ordinal) == true);
        Assert.Equal(EscalationState.Assigned, (await host.Escalations.FindAsync(escalation.Id, default))!.State);
    }
}
