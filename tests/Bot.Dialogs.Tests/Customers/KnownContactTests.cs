using Bot.Protocol.Schema;
using Bot.Runtime.Channels;
using Bot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Bot.Dialogs.Tests.Complaints.ComplaintFlows;

namespace Bot.Dialogs.Tests.Customers;

// A Teams user whose AAD object id is not on file is still a known contact when the channel's members API vouches for
// an email of one; the dialogs then treat them like any known contact (here: the phone on file is offered).
public sealed class KnownContactTests
{
    private const string UnknownAad = "00000000-0000-0000-0000-0000000000b2";

    [Theory]
    [InlineData("Chen.Jing@Huaxin.example", null)]
    [InlineData(null, "chen.jing@huaxin.example")]
    public async Task Teams_guest_known_by_the_members_api_is_offered_the_phone_on_file(string? upn, string? email)
    {
        var members = new StubMembers(new ChannelAccount("29:teams-user", "Guest") { UserPrincipalName = upn, Email = email });
        await using var flow = Flow(members);

        await flow.Send(FromTeams("Make a complaint", UnknownAad))
            .AssertReply(C("ComplaintApology", "en-US")).AssertReply(C("AskDescription", "en-US"))
            .Send(FromTeams("The goods arrived damaged", UnknownAad)).AssertReply(C("AskWaybill", "en-US"))
            .Send(FromTeams(KeyAccountDelivered, UnknownAad)).AssertReply(C("ProposePhone", "en-US", "13907552468"))
            .StartTestAsync();

        Assert.Equal(["29:teams-user"], members.Asked);
    }

    [Fact]
    public async Task Teams_user_the_members_api_does_not_know_is_asked_for_a_phone()
    {
        await using var flow = Flow(new StubMembers(null));

        await flow.Send(FromTeams("Make a complaint", UnknownAad))
            .AssertReply(C("ComplaintApology", "en-US")).AssertReply(C("AskDescription", "en-US"))
            .Send(FromTeams("The goods arrived damaged", UnknownAad)).AssertReply(C("AskWaybill", "en-US"))
            .Send(FromTeams(KeyAccountDelivered, UnknownAad)).AssertReply(C("AskPhone", "en-US"))
            .StartTestAsync();
    }

    [Fact]
    public async Task Outside_Teams_nobody_is_asked_and_nobody_is_known()
    {
        var members = new StubMembers(new ChannelAccount("29:teams-user") { Email = "chen.jing@huaxin.example" });
        await using var flow = Flow(members, Channels.DirectLine);

        await flow.Send(FromTeams("Make a complaint", KeyAccountContact))
            .AssertReply(C("ComplaintApology", "en-US")).AssertReply(C("AskDescription", "en-US"))
            .Send(FromTeams("The goods arrived damaged", KeyAccountContact)).AssertReply(C("AskWaybill", "en-US"))
            .Send(FromTeams(KeyAccountDelivered, KeyAccountContact)).AssertReply(C("AskPhone", "en-US"))
            .StartTestAsync();

        Assert.Empty(members.Asked);
    }

    private static DialogTestFlow Flow(StubMembers members, string channelId = Channels.MsTeams) =>
        DialogTestFlow.Create(
            services => CustomerService.BotServices(services, new Dictionary<string, string?>
                {
                    ["Surveys:AfterTrackingRate"] = "0",
                    ["Surveys:AfterComplaintRate"] = "0",
                })
                .AddSingleton<TimeProvider>(new FakeTimeProvider(Friday))
                .AddSingleton<IConversationMembers>(members),
            "en-US",
            channelId);

    private sealed class StubMembers(ChannelAccount? member) : IConversationMembers
    {
        public List<string> Asked { get; } = [];

        public Task<ChannelAccount?> GetMemberAsync(Activity incoming, string memberId, CancellationToken cancellationToken)
        {
            Asked.Add(memberId);
            return Task.FromResult(member);
        }
    }
}
