using Bot.Protocol.Schema;
using Bot.Runtime.Proactive;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Host.Tests.Teams;

// Teams throttles (429 with Retry-After, PROTOCOL.md §5.6): the Connector client waits as told and sends again, so a burst
// of replies or proactive messages still arrives exactly once each, in the order the bot sent them.
public sealed class TeamsRateLimitTests : IAsyncLifetime
{
    private TeamsTestHost host = null!;

    public async Task InitializeAsync() => host = await TeamsTestHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Throttled_replies_arrive_once_each_in_order_after_the_429s()
    {
        var conversation = TeamsActivityJson.NewPersonalConversation();
        host.Teams.ThrottleNext(3, retryAfter: 1);

        await host.SayAsync(conversation, "where are SF1234567890123 and RA123456789CN?");

        var posts = host.Teams.Requests.Where(r => r.Method == "POST").ToList();
        Assert.Equal([429, 429, 429], posts.Take(3).Select(r => r.Status));
        // The three refusals were attempts of the first reply; it went through on the next one.
        Assert.All(posts.Take(3), r => Assert.Equal(posts[3].Body!.ToJsonString(), r.Body!.ToJsonString()));
        var accepted = host.Sent;
        Assert.Equal(posts.Count - 3, accepted.Count);
        Assert.Equal(accepted.Count, accepted.Select(b => b.ToJsonString()).Distinct().Count());
        Assert.Equal(["SF1234567890123", "RA123456789CN"], TeamsCards.AdaptiveCardsOf(accepted).Select(c => (string?)c["body"]![0]!["text"]));
        Assert.NotNull(accepted[^1]["suggestedActions"] ?? accepted[^1]["attachments"]);
    }

    [Fact]
    public async Task Throttled_proactive_burst_arrives_once_each_in_order_after_the_429s()
    {
        var conversation = TeamsActivityJson.NewPersonalConversation();
        await host.SayAsync(conversation, "hi");
        var before = host.Teams.Requests.Count;
        string[] updates = ["Update 1", "Update 2", "Update 3", "Update 4", "Update 5"];
        host.Teams.ThrottleNext(3, retryAfter: 1);

        var messenger = host.Host.Services.GetRequiredService<ProactiveMessenger>();
        await messenger.ContinueConversationAsync(Channels.MsTeams, conversation, async (turn, ct) =>
        {
            foreach (var update in updates)
            {
                await turn.SendActivityAsync(update, ct);
            }
        }, CancellationToken.None);

        var burst = host.Teams.Requests.Skip(before).ToList();
        Assert.Equal(
            [.. Enumerable.Repeat((429, "Update 1"), 3), .. updates.Select(u => (200, u))],
            burst.Select(r => (r.Status, (string?)r.Body!["text"])));
        var path = $"/teams/v3/conversations/{Uri.EscapeDataString(conversation)}/activities";
        Assert.All(burst, r => Assert.Equal(("POST", path), (r.Method, r.RawPath)));
    }
}
