namespace Bot.Host.DirectLine;

/// <summary>Body of <c>POST /api/webchat/token</c>: the page's previous token, to keep its conversation.</summary>
internal sealed record WebChatTokenRequest(string? Token = null);
