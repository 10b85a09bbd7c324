using System.Text.Json.Nodes;

namespace Bot.Host.Tests.Teams;

// Issue 7 review: private shipment details only in a personal chat. In a group chat or a channel thread everyone reads
// the answer, so a known contact sees the public view with a pointer to a personal chat, and nobody is asked for phone
// digits there (typed in a channel they would be read by all too).
public sealed class TeamsSharedChatPrivacyTests : IAsyncLifetime
{
    private const string KeyAccountDelivered = "RA123456789CN";
    private const string PrivateAddress = "世纪大道";
    private const string Signer = "Zhou Qiang";
    private const string AskDigits = "last four digits";
    private const string DetailsButton = "See delivery details";
    private const string PersonalChatSentence = "available in a personal chat with me";

    private TeamsTestHost host = null!;

    public async Task InitializeAsync() => host = await TeamsTestHost.StartAsync(("Messaging:Members:Timeout", "00:00:00.300"));

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Known_contact_sees_the_details_in_a_personal_chat_but_only_the_public_view_in_a_channel_thread()
    {
        host.Teams.AddMember(KnownContact());
        await host.SayAsync(TeamsActivityJson.NewPersonalConversation(), $"where is {KeyAccountDelivered}");
        var personal = TeamsTestHost.AllText(host.Sent);
        Assert.Contains(PrivateAddress, personal, StringComparison.Ordinal);
        Assert.Contains(Signer, personal, StringComparison.Ordinal);
        var before = host.Sent.Count;

        var thread = $"{TeamsActivityJson.TeamId};messageid=1700000000777";
        await host.PostAsync(InChannel(TeamsActivityJson.Message(
            host.ServiceUrl, "channel", thread, $"<at>Parcel Helper</at> where is {KeyAccountDelivered}", mentionBot: true)));

        var inChannel = host.Sent.Skip(before).ToList();
        Assert.All(inChannel, a => Assert.Equal(thread, (string?)a["conversation"]!["id"]));
        var said = TeamsTestHost.AllText(inChannel);
        Assert.Contains(KeyAccountDelivered, said, StringComparison.Ordinal);
        Assert.DoesNotContain(PrivateAddress, said, StringComparison.Ordinal);
        Assert.DoesNotContain(Signer, said, StringComparison.Ordinal);
        Assert.Contains(PersonalChatSentence, said, StringComparison.Ordinal);
        Assert.DoesNotContain(DetailsButton, said, StringComparison.Ordinal);
        Assert.DoesNotContain(AskDigits, said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_user_in_a_group_chat_is_never_asked_for_phone_digits()
    {
        var chat = TeamsActivityJson.NewGroupChat();

        await host.PostAsync(TeamsActivityJson.Message(
            host.ServiceUrl, "groupChat", chat, $"<at>Parcel Helper</at> where is {KeyAccountDelivered}", mentionBot: true));
        var before = host.Sent.Count;
        await host.PostAsync(TeamsActivityJson.Message(
            host.ServiceUrl, "groupChat", chat, $"<at>Parcel Helper</at> {DetailsButton}", mentionBot: true));

        Assert.Contains(PersonalChatSentence, (string?)host.Sent[before]["text"], StringComparison.Ordinal);
        var said = TeamsTestHost.AllText(host.Sent);
        Assert.Contains(KeyAccountDelivered, said, StringComparison.Ordinal);
        Assert.DoesNotContain(PrivateAddress, said, StringComparison.Ordinal);
        Assert.Contains(PersonalChatSentence, said, StringComparison.Ordinal);
        Assert.DoesNotContain(AskDigits, said, StringComparison.Ordinal);
        Assert.DoesNotContain(DetailsButton, TeamsTestHost.AllText(TeamsCards.HeroButtonsOf(host.Sent)), StringComparison.Ordinal);
    }

    // Li Wei as a B2B guest: the members API gives the UPN of a contact of the key account that owns the shipment.
    private static JsonObject KnownContact() => new()
    {
        ["id"] = "29:1user-li-wei",
        ["name"] = "Li Wei",
        ["aadObjectId"] = "5a1e0000-0000-4000-8000-00000000a11e",
        ["tenantId"] = TeamsActivityJson.Tenant,
        ["userRole"] = "guest",
        ["userPrincipalName"] = "Chen.Jing@Huaxin.example",
    };

    private static JsonObject InChannel(JsonObject activity)
    {
        activity["channelData"]!["team"] = new JsonObject { ["id"] = TeamsActivityJson.TeamId };
        activity["channelData"]!["channel"] = new JsonObject { ["id"] = TeamsActivityJson.TeamId };
        return activity;
    }
}
