using Microsoft.Identity.Client;

namespace Bot.Protocol.Connector;

/// <summary>Gives MSAL a pooled <see cref="HttpClient"/> from the named client <see cref="ClientName"/>.</summary>
public sealed class MsalHttpClientFactory(IHttpClientFactory httpClientFactory) : IMsalHttpClientFactory
{
    public const string ClientName = "Bot.Protocol.Msal";

    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(ClientName);
}
