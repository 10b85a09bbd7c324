namespace Bot.Host.Tests.EndToEnd;

[CollectionDefinition(Name)]
public sealed class WebChatCollection : ICollectionFixture<WebChatFixture>
{
    public const string Name = "Web chat host and browser";
}
