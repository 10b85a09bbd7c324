using System.Text.Json.Nodes;
using Bot.Dialogs.Main;
using Bot.Domain.Complaints;
using Bot.Domain.Conversations;
using Bot.Domain.Handoff;
using Bot.Protocol.Schema;
using Bot.Runtime.Localization;
using Bot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Dialogs.Tests.Main;

using static CustomerService;
using static Complaints.ComplaintFlows;

// The dialogs' side of the handoff: what the customer is told for each answer of the host's handoff, the call-back
// message when nobody can take the chat, and the survey after an agent hands the conversation back.
public sealed class HandoffRequestTests
{
    private static readonly LocalizedText SurveyStrings =
        LocalizedText.For(typeof(CustomerServiceDialog).Assembly, "Bot.Dialogs.Resources.SurveyStrings");

    private static DialogTestFlow Flow(RecordingHandoff handoff, string locale) =>
        DialogTestFlow.Create(services => BotServices(services.AddSingleton<IHandoffRequests>(handoff)), locale);

    [Theory]
    [InlineData("en-US", "I want to talk to a real person")]
    [InlineData("zh-CN", "转人工")]
    public async Task Asking_for_a_person_queues_the_conversation_and_tells_the_place_and_wait(string locale, string ask)
    {
        var handoff = new RecordingHandoff(new HandoffTicket("esc-1", HandoffOutcome.Queued, Position: 2, EstimatedWait: TimeSpan.FromMinutes(4)));
        await using var flow = Flow(handoff, locale);

        await flow.Greeted()
            .Send(ask).AssertReply(T("HandoffQueued", locale, 2, 4)).AssertNoMoreReplies()
            .StartTestAsync();

        var request = Assert.Single(handoff.Requests);
        Assert.Equal(EscalationReason.CustomerAskedForPerson, request.Reason);
        Assert.Equal(locale == "zh-CN" ? "zh" : "en", request.Language);
        Assert.Equal(new ConversationAddress(flow.ChannelId, flow.ConversationId), request.Conversation);
    }

    [Fact]
    public async Task An_unknown_wait_is_said_honestly()
    {
        var handoff = new RecordingHandoff(new HandoffTicket("esc-1", HandoffOutcome.Queued, Position: 1));
        await using var flow = Flow(handoff, "en-US");

        await flow.Greeted()
            .Send("talk to a person").AssertReply(T("HandoffQueuedUnknownWait", "en-US", 1)).AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "Please call me about my broken vase")]
    [InlineData("zh-CN", "请回电，花瓶碎了")]
    public async Task With_nobody_online_the_next_message_becomes_a_callback_case(string locale, string message)
    {
        var handoff = new RecordingHandoff(new HandoffTicket(null, HandoffOutcome.NoAgentOnline));
        await using var flow = Flow(handoff, locale);

        await flow.Greeted()
            .Send(T("MenuHuman", locale)).AssertReply(T("HandoffNoAgent", locale)).AssertMenuAgain()
            .Send(message).AssertReply(T("CallbackTaken", locale, "CB-1")).AssertNoMoreReplies()
            .StartTestAsync();

        Assert.Equal([message], handoff.Messages);
    }

    [Fact]
    public async Task Declining_the_callback_leaves_no_message()
    {
        var handoff = new RecordingHandoff(new HandoffTicket(null, HandoffOutcome.OutsideOpeningHours, NextOpening: DateTimeOffset.UnixEpoch));
        await using var flow = Flow(handoff, "en-US");

        await flow.Greeted()
            .Send("talk to a person").AssertReplyContains("we are back on").AssertMenuAgain()
            .Send("no").AssertReply(T("CallbackDeclined", "en-US")).AssertNoMoreReplies()
            .StartTestAsync();

        Assert.Empty(handoff.Messages);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task After_an_agent_hands_back_the_bot_offers_the_survey(string locale)
    {
        var handoff = new RecordingHandoff(new HandoffTicket("esc-1", HandoffOutcome.Queued, Position: 1));
        await using var flow = Flow(handoff, locale);

        await flow.Greeted()
            .Send(T("MenuHuman", locale)).AssertReply(T("HandoffQueuedUnknownWait", locale, 1)).AssertNoMoreReplies()
            .Send(new Activity
            {
                Type = ActivityTypes.Event,
                Name = HandoffEvents.HandedBack,
                Value = new JsonObject { [HandoffEvents.AgentIdProperty] = "alice", [HandoffEvents.EscalationIdProperty] = "esc-1" },
            })
            .AssertReply(SurveyStrings.Get("SurveyConsent", locale))
            .StartTestAsync();
    }

    [Fact]
    public async Task An_escalated_complaint_is_queued_for_a_person_with_its_reason_and_reference()
    {
        var handoff = new RecordingHandoff(new HandoffTicket("esc-9", HandoffOutcome.Queued, Position: 3, EstimatedWait: TimeSpan.FromMinutes(6)));
        await using var flow = Flow(handoff, "en-US");

        await flow.Greeted()
            .Send("Make a complaint").AssertReply(C("ComplaintApology", "en-US")).AssertReply(C("AskDescription", "en-US"))
            .Send("My parcel is very late").AssertReply(C("AskWaybill", "en-US"))
            .Send("none").AssertReply(C("AskPhone", "en-US"))
            .Send("13800138000").AssertReply(C("CategoryConfirm", "en-US", C("Category.Delay", "en-US")))
            .Send("yes").AssertReply(a => Assert.NotNull(a.Text), "the restatement")
            .Send("yes").AssertReply(C("AskDesired", "en-US"))
            .Send("Deliver it, or I'm going to the newspapers with this")
            .AssertReplyContains("CMP-")
            .AssertReply(a => Assert.NotNull(a.Text), "the promise")
            .AssertReply(C("Department.Transport", "en-US"))
            .AssertReply(C("Escalated.Threat", "en-US"))
            .AssertReply(T("HandoffQueued", "en-US", 3, 6))
            .AssertNoMoreReplies()
            .StartTestAsync();

        var request = Assert.Single(handoff.Requests);
        Assert.Equal(EscalationReason.MediaThreat, request.Reason);
        Assert.Equal(Skill.Complaints, request.Skill);
        Assert.StartsWith("CMP-", Assert.Single(request.ComplaintReferences!), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "This is absolutely disgusting, you are all useless!!!")]
    [InlineData("zh-CN", "你们太垃圾了，气死我了！！！")]
    public async Task Strong_anger_with_nothing_to_act_on_goes_to_a_person_with_that_reason(string locale, string text)
    {
        var handoff = new RecordingHandoff(new HandoffTicket("esc-1", HandoffOutcome.Queued, Position: 1));
        await using var flow = Flow(handoff, locale);

        await flow.Greeted()
            .Send(text).AssertReply(T("HandoffQueuedUnknownWait", locale, 1)).AssertNoMoreReplies()
            .StartTestAsync();

        Assert.Equal(EscalationReason.NegativeSentiment, Assert.Single(handoff.Requests).Reason);
    }

    private sealed class RecordingHandoff(HandoffTicket ticket) : IHandoffRequests
    {
        public List<HandoffRequest> Requests { get; } = [];

        public List<string> Messages { get; } = [];

        public Task<HandoffTicket> RequestAsync(HandoffRequest request, CancellationToken ct)
        {
            Requests.Add(request);
            return Task.FromResult(ticket);
        }

        public Task<string> LeaveMessageAsync(ConversationAddress conversation, string text, string language, CancellationToken ct)
        {
            Messages.Add(text);
            return Task.FromResult("CB-1");
        }

        public Task<OwnerState> OwnerOfAsync(ConversationAddress conversation, CancellationToken ct) => Task.FromResult(OwnerState.Bot);
    }
}
