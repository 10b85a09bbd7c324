namespace Bot.Protocol.Connector;

/// <summary>Connector REST paths (PROTOCOL.md §3.3) under a service URL that keeps its own path.</summary>
internal static class ConnectorUris
{
    public static Uri Conversations(string serviceUrl) => Build(serviceUrl, "v3/conversations");

    public static Uri Activities(string serviceUrl, string conversationId) =>
        Build(serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities");

    public static Uri Activity(string serviceUrl, string conversationId, string activityId) =>
        Build(serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}");

    public static Uri Members(string serviceUrl, string conversationId) =>
        Build(serviceUrl, $"v3/conversations/{Escape(conversationId)}/members");

    public static Uri Member(string serviceUrl, string conversationId, string memberId) =>
        Build(serviceUrl, $"v3/conversations/{Escape(conversationId)}/members/{Escape(memberId)}");

    // Teams and Emulator ids carry ':', ';', '@', '=' and '|', which must not be read as path syntax.
    private static string Escape(string segment)
    {
        ArgumentException.ThrowIfNullOrEmpty(segment);
        return Uri.EscapeDataString(segment);
    }

    private static Uri Build(string serviceUrl, string relative)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var baseUri)
            || (baseUri.Scheme != Uri.UriSchemeHttps && baseUri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"'{serviceUrl}' is not an absolute http(s) service URL.", nameof(serviceUrl));
        }
        var root = baseUri.GetLeftPart(UriPartial.Path);
        return new Uri(root.EndsWith('/') ? root + relative : root + "/" + relative);
    }
}
