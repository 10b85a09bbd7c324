namespace Bot.Protocol.Schema;

public sealed record ConversationResourceResponse(string? Id, string? ActivityId = null, string? ServiceUrl = null);
