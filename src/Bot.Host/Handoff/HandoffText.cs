using System.Text.Json.Nodes;
using Bot.Domain.Handoff;
using Bot.Protocol.Schema;
using Bot.Runtime.Localization;

namespace Bot.Host.Handoff;

// What the handoff tells the customer (HandoffStrings, en-US + zh-CN), marked in channelData (HandoffChannelData).
internal static class HandoffText
{
    private static readonly LocalizedText Strings = LocalizedText.For(typeof(HandoffText).Assembly, "Bot.Host.Handoff.HandoffStrings");

    public static string Get(string name, string language, params object?[] args) => Strings.Get(name, BotLocales.Normalize(language), args);

    /// <summary>A system notice: plain text from the bot, marked so the desk shows it as "system".</summary>
    public static Activity Notice(string language, string name, params object?[] args) =>
        Message(Get(name, language, args), language, new JsonObject { [HandoffChannelData.Role] = HandoffChannelData.SystemRole });

    /// <summary>What an agent typed, with their name in front so the customer sees a person wrote it.</summary>
    public static Activity AgentMessage(string language, string agentId, string agentName, string text) =>
        Message(Get("AgentMessage", language, agentName, text), language, new JsonObject
        {
            [HandoffChannelData.Role] = HandoffChannelData.AgentRole,
            [HandoffChannelData.AgentId] = agentId,
            [HandoffChannelData.AgentName] = agentName,
            [HandoffChannelData.Text] = text,
        });

    /// <summary>"You are now number 3 in the queue. Estimated wait: about 8 min. …"</summary>
    public static Activity Position(string language, int position, TimeSpan? wait) =>
        Notice(language, "QueuePosition", position, wait is { } known
            ? Get("WaitKnown", language, (int)Math.Ceiling(known.TotalMinutes))
            : Get("WaitUnknown", language));

    private static Activity Message(string text, string language, JsonObject mark) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        TextFormat = TextFormats.Plain,
        Locale = BotLocales.Normalize(language),
        ChannelData = new JsonObject { [HandoffChannelData.Property] = mark },
    };
}
