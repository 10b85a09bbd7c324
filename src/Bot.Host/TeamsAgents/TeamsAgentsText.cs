using Bot.Host.Handoff;
using Bot.Runtime.Localization;
using Microsoft.Extensions.Options;

namespace Bot.Host.TeamsAgents;

/// <summary>
/// What the agents' channel says to agents (TeamsAgentsStrings, en-US + zh-CN, in <see cref="TeamsAgentsOptions.Language"/>:
/// the channel is shared, so one language for all). Customers get their own language from the handoff.
/// </summary>
internal sealed class TeamsAgentsText(IOptionsMonitor<TeamsAgentsOptions> options)
{
    private static readonly LocalizedText Strings = LocalizedText.For(typeof(TeamsAgentsText).Assembly, "Bot.Host.TeamsAgents.TeamsAgentsStrings");

    public string Get(string name, params object?[] args) => Strings.Get(name, BotLocales.Normalize(options.CurrentValue.Language), args);

    public string NotLinked(string? aadObjectId) => Get("NotLinked", aadObjectId ?? "<aadObjectId>");

    public string Refused(DeskActionError error, string? holder, bool claiming) => error switch
    {
        DeskActionError.NotFound => Get("NotFound"),
        DeskActionError.NotYours => Get("NotYours", holder ?? Get("AnotherAgent")),
        DeskActionError.InvalidState when claiming && holder is not null => Get("AlreadyClaimed", holder),
        DeskActionError.InvalidState when claiming => Get("NotWaiting"),
        DeskActionError.InvalidState => Get("WrongState"),
        DeskActionError.InvalidInput => Get("InvalidChoice"),
        DeskActionError.DeliveryFailed => Get("Unreachable"),
        _ => Get("Failed"),
    };

    public string NotSent(DeskActionError error, string? holder) => error switch
    {
        DeskActionError.InvalidState => Get("NotSentNotClaimed"),
        DeskActionError.NotYours => Get("NotSentNotYours", holder ?? Get("AnotherAgent")),
        DeskActionError.InvalidInput => Get("NotSentInvalid"),
        _ => Get("NotSent", Refused(error, holder, claiming: false)),
    };
}
