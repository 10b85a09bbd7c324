using Bot.Protocol.Schema;

namespace Bot.Runtime.Channels;

/// <summary>
/// The channel's own account of a conversation member (on Teams the Connector members API, PROTOCOL.md §5.7: email,
/// userPrincipalName, aadObjectId). What it returns comes from the channel, never from the activity, so it may be trusted
/// to identify the person.
/// </summary>
public interface IConversationMembers
{
    /// <summary>
    /// The member <paramref name="memberId"/> of the conversation <paramref name="incoming"/> came from, or null when the
    /// channel does not know them, has no members API, or could not be asked (failure or timeout): callers treat null as
    /// "unknown person", never as an error.
    /// </summary>
    Task<ChannelAccount?> GetMemberAsync(Activity incoming, string memberId, CancellationToken cancellationToken);
}
