using Bot.Protocol.Schema;

namespace Bot.Testing;

/// <summary>The accounts and service URL a <see cref="DialogTestFlow"/> uses.</summary>
public static class TestUsers
{
    public const string ServiceUrl = "https://channel.test.invalid/";

    public static ChannelAccount User => new("user-1", "Customer", RoleTypes.User);

    public static ChannelAccount Bot => new("bot", "Bot", RoleTypes.Bot);
}
