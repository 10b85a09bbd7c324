using Bot.Protocol.Schema;

namespace Bot.Runtime.Channels;

/// <summary>Where no channel can be asked (tests, tools): every member is unknown.</summary>
public sealed class NoConversationMembers : IConversationMembers
{
    public Task<ChannelAccount?> GetMemberAsync(Activity incoming, string memberId, CancellationToken cancellationToken) =>
        Task.FromResult<ChannelAccount?>(null);
}
