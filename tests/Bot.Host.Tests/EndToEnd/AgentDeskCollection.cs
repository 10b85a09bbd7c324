namespace Bot.Host.Tests.EndToEnd;

[CollectionDefinition(Name)]
public sealed class AgentDeskCollection : ICollectionFixture<AgentDeskFixture>
{
    public const string Name = "Agent desk browser";
}
