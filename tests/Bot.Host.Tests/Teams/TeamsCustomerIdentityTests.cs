using System.Text.Json.Nodes;

namespace Bot.Host.Tests.Teams;

// Issue 7: who is this Teams user? By the AAD object id, else by the email / UPN the Teams members API returns (never by
// anything in the activity); unknown people and a failing members API mean an anonymous customer, never a failed turn.
public sealed class TeamsCustomerIdentityTests : IAsyncLifetime
{
    private const string UserId = "29:1user-li-wei";
    private const string KeyAccountDelivered = "RA123456789CN";
    private const string PrivateAddress = "世纪大道";
    private const string Signer = "Zhou Qiang";
    private const string AskDigits = "last four digits";
    private const string DetailsHint = "choose \"See delivery details\"";

    private TeamsTestHost host = null!;

    public async Task InitializeAsync() => host = await TeamsTestHost.StartAsync(("Messaging:Members:Timeout", "00:00:00.300"));

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Guest_whose_upn_is_a_contacts_email_sees_the_private_details_without_the_phone_check()
    {
        // A B2B guest: their AAD object id in our tenant is not on file, but Teams vouches for their sign-in name.
        host.Teams.AddMember(Member(upn: "Chen.Jing@Huaxin.example"));
        var conversation = TeamsActivityJson.NewPersonalConversation();

        await host.SayAsync(conversation, $"where is {KeyAccountDelivered}");

        var all = TeamsTestHost.AllText(host.Sent);
        Assert.Contains(PrivateAddress, all, StringComparison.Ordinal);
        Assert.Contains(Signer, all, StringComparison.Ordinal);
        Assert.DoesNotContain(DetailsHint, all, StringComparison.Ordinal);
        var lookup = Assert.Single(host.MemberLookups);
        Assert.Equal($"/teams/v3/conversations/{Uri.EscapeDataString(conversation)}/members/{Uri.EscapeDataString(UserId)}", lookup.RawPath);
    }

    [Fact]
    public async Task Member_whose_address_is_nobodys_is_asked_for_the_phone_digits_whatever_the_activity_claims()
    {
        host.Teams.AddMember(Member(email: "someone@elsewhere.example", upn: "someone@elsewhere.example"));
        var conversation = TeamsActivityJson.NewPersonalConversation();
        var message = TeamsActivityJson.Message(host.ServiceUrl, "personal", conversation, $"where is {KeyAccountDelivered}");
        // Only the members API is trusted for the address: a name that looks like a contact's email counts for nothing.
        message["from"]!["name"] = "li.wei@huaxin.example";

        await host.PostAsync(message);
        await host.SayAsync(conversation, "See delivery details");

        var all = TeamsTestHost.AllText(host.Sent);
        Assert.DoesNotContain(PrivateAddress, all, StringComparison.Ordinal);
        Assert.Contains(DetailsHint, all, StringComparison.Ordinal);
        Assert.Contains(AskDigits, (string?)host.Sent[^1]["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Member_unknown_to_the_members_api_is_answered_as_an_anonymous_customer()
    {
        var conversation = TeamsActivityJson.NewPersonalConversation();

        await host.SayAsync(conversation, $"where is {KeyAccountDelivered}");

        Assert.Equal(404, Assert.Single(host.MemberLookups).Status);
        var all = TeamsTestHost.AllText(host.Sent);
        Assert.Contains(KeyAccountDelivered, all, StringComparison.Ordinal);
        Assert.DoesNotContain(PrivateAddress, all, StringComparison.Ordinal);
        Assert.Contains(DetailsHint, all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failing_members_api_means_an_anonymous_customer_not_a_failed_turn()
    {
        host.Teams.AddMember(Member(upn: "chen.jing@huaxin.example"));
        host.Teams.FailMemberLookups(500);
        var conversation = TeamsActivityJson.NewPersonalConversation();

        await host.SayAsync(conversation, $"where is {KeyAccountDelivered}");

        Assert.All(host.MemberLookups, r => Assert.Equal(500, r.Status));
        Assert.NotEmpty(host.MemberLookups);
        var all = TeamsTestHost.AllText(host.Sent);
        Assert.Contains(KeyAccountDelivered, all, StringComparison.Ordinal);
        Assert.DoesNotContain(PrivateAddress, all, StringComparison.Ordinal);
        Assert.DoesNotContain("Sorry, something went wrong", all, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Members_api_is_asked_once_for_several_turns()
    {
        host.Teams.AddMember(Member(email: "chen.jing@huaxin.example"));
        var conversation = TeamsActivityJson.NewPersonalConversation();

        await host.SayAsync(conversation, $"where is {KeyAccountDelivered}");
        await host.SayAsync(conversation, $"and where is {KeyAccountDelivered} now?");
        await host.SayAsync(conversation, "where is 75312345678901");

        Assert.Single(host.MemberLookups);
        var all = TeamsTestHost.AllText(host.Sent);
        Assert.Contains("天府大道", all, StringComparison.Ordinal);
        Assert.DoesNotContain(DetailsHint, all, StringComparison.Ordinal);
    }

    private static JsonObject Member(string? email = null, string? upn = null)
    {
        var member = new JsonObject
        {
            ["id"] = UserId,
            ["name"] = "Li Wei",
            ["aadObjectId"] = "5a1e0000-0000-4000-8000-00000000a11e",
            ["tenantId"] = TeamsActivityJson.Tenant,
            ["userRole"] = "guest",
        };
        if (email is not null)
        {
            member["email"] = email;
        }
        if (upn is not null)
        {
            member["userPrincipalName"] = upn;
        }
        return member;
    }
}
