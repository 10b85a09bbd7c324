using Bot.Protocol.Schema;

namespace Bot.Runtime.Storage;

/// <summary>The conversation reference to keep for proactive messages.</summary>
public sealed record ConversationUpsert(string Key, ConversationReference Reference, bool ServiceUrlVerified);
