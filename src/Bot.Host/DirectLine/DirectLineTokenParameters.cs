using Bot.Protocol.Schema;

namespace Bot.Host.DirectLine;

/// <summary>Optional body of <c>/tokens/generate</c> and <c>/conversations</c>: <c>{ user: { id, name }, locale }</c>.</summary>
internal sealed record DirectLineTokenParameters(ChannelAccount? User = null, string? Locale = null);
