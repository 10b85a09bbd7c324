using Bot.Domain.Customers;
using Bot.Protocol.Schema;
using Bot.Runtime.Channels;
using Bot.Runtime.Turns;

namespace Bot.Dialogs.Customers;

/// <summary>
/// Who is writing, as a known customer contact (issue 7): on Teams only, first by the sender's AAD object id, else by the
/// email or userPrincipalName the Teams members API returns for the sender, matched to a contact's email. Nothing the
/// activity says about a name or an address counts. The answer is kept for the turn; anyone else (another channel, a
/// members API that fails) is an anonymous customer.
/// </summary>
public sealed class CustomerContactResolver(ICustomerStore customers, IConversationMembers members)
{
    private const string TurnStateKey = "customerService.knownContact";

    public async Task<KnownContact?> ResolveAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.TurnState.TryGetValue(TurnStateKey, out var resolved) && resolved is Resolution known)
        {
            return known.Contact;
        }
        var contact = await FindAsync(turn.Activity, cancellationToken);
        turn.TurnState[TurnStateKey] = new Resolution(contact);
        return contact;
    }

    private async Task<KnownContact?> FindAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.ChannelId != Channels.MsTeams || activity.From is not { Id: { Length: > 0 } userId } from)
        {
            return null;
        }
        if (from.AadObjectId is { Length: > 0 } aadObjectId
            && await customers.FindByAadObjectIdAsync(aadObjectId, cancellationToken) is { } byAad
            && byAad.Contacts.FirstOrDefault(c => Same(c.AadObjectId, aadObjectId)) is { } contact)
        {
            return new KnownContact(byAad, contact);
        }
        var member = await members.GetMemberAsync(activity, userId, cancellationToken);
        string?[] addresses = [member?.Email, member?.UserPrincipalName];
        foreach (var address in addresses.OfType<string>().Where(a => a.Contains('@', StringComparison.Ordinal)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (await customers.FindByContactEmailAsync(address, cancellationToken) is { } byEmail
                && byEmail.Contacts.FirstOrDefault(c => Same(c.Email, address)) is { } withEmail)
            {
                return new KnownContact(byEmail, withEmail);
            }
        }
        return null;
    }

    private static bool Same(string? stored, string given) =>
        stored is not null && string.Equals(stored.Trim(), given.Trim(), StringComparison.OrdinalIgnoreCase);

    // A holder, so that "nobody known" is remembered for the turn as well.
    private sealed record Resolution(KnownContact? Contact);
}
