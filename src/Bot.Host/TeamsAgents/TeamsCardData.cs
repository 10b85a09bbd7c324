using Bot.Domain.Customers;
using Bot.Domain.Handoff;

namespace Bot.Host.TeamsAgents;

/// <summary>Reads what an escalation's card shows, as it is now.</summary>
internal sealed class TeamsCardData(IEscalationStore escalations, ICustomerStore customers, IAgentAccountStore agents, TimeProvider time)
{
    public async Task<TeamsCardModel?> LoadAsync(string escalationId, CancellationToken ct)
    {
        if (await escalations.FindAsync(escalationId, ct) is not { } escalation)
        {
            return null;
        }
        var customer = escalation.CustomerId is { } id ? await customers.FindAsync(id, ct) : null;
        var accounts = await agents.ListAsync(ct);
        var agent = accounts.FirstOrDefault(a => a.Id == escalation.AssignedAgentId);
        return new TeamsCardModel(escalation, customer?.Name, agent?.DisplayName, [.. accounts.Where(a => !a.Disabled)], time.GetUtcNow());
    }

    public async Task<string?> CustomerNameAsync(string escalationId, CancellationToken ct) =>
        await escalations.FindAsync(escalationId, ct) is { CustomerId: { } id } ? (await customers.FindAsync(id, ct))?.Name : null;
}
