using Bot.Protocol.Schema;
using Bot.Runtime.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Testing;

public sealed partial class DialogTestFlow
{
    /// <summary>The user sends a text message.</summary>
    public DialogTestFlow Send(string text) =>
        Send(new Activity { Type = ActivityTypes.Message, Text = text, TextFormat = TextFormats.Plain });

    /// <summary>The user's client sends an activity; what it leaves unset (ids, addresses, locale, time) is filled in.</summary>
    public DialogTestFlow Send(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return Enqueue($"send {TranscriptText.Describe(activity)}", ct => SendNowAsync(activity, ct));
    }

    /// <summary>The channel announces the conversation: bot and user in membersAdded, as Direct Line does.</summary>
    public DialogTestFlow SendConversationUpdate() =>
        Send(new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [TestUsers.User, TestUsers.Bot] });

    /// <summary>
    /// Runs <paramref name="action"/> with the host's services at this point of the flow (e.g. import a scan, resolve a
    /// complaint, call a notifier); what the bot sends meanwhile is asserted with the next AssertReply steps.
    /// </summary>
    public DialogTestFlow Do(string description, Func<IServiceProvider, CancellationToken, Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return Enqueue(description, ct => action(_services, ct));
    }

    /// <summary>The next reply is a message with exactly this text.</summary>
    public DialogTestFlow AssertReply(string expected) =>
        Enqueue($"expect \"{expected}\"", async ct =>
        {
            var reply = await NextReplyAsync($"the reply \"{expected}\"", ct);
            if (!string.Equals(reply.Text, expected, StringComparison.Ordinal))
            {
                throw Failure($"Expected the reply \"{expected}\" but got {TranscriptText.Describe(reply)}.");
            }
        });

    /// <summary>The next reply passes <paramref name="inspect"/> (which asserts, e.g. with xunit's Assert).</summary>
    public DialogTestFlow AssertReply(Action<Activity> inspect, string description = "a reply")
    {
        ArgumentNullException.ThrowIfNull(inspect);
        return Enqueue($"expect {description}", async ct =>
        {
            var reply = await NextReplyAsync(description, ct);
            try
            {
                inspect(reply);
            }
            catch (Exception ex)
            {
                throw Failure($"The reply {TranscriptText.Describe(reply)} did not match {description}: {ex.Message}", ex);
            }
        });
    }

    /// <summary>The next reply's text contains <paramref name="fragment"/>.</summary>
    public DialogTestFlow AssertReplyContains(string fragment) =>
        Enqueue($"expect a reply containing \"{fragment}\"", async ct =>
        {
            var reply = await NextReplyAsync($"a reply containing \"{fragment}\"", ct);
            if (reply.Text is null || !reply.Text.Contains(fragment, StringComparison.Ordinal))
            {
                throw Failure($"Expected a reply containing \"{fragment}\" but got {TranscriptText.Describe(reply)}.");
            }
        });

    /// <summary>The reply asserted last offers exactly these suggested actions (titles), in this order.</summary>
    public DialogTestFlow AssertSuggestedActions(params string[] titles) =>
        Enqueue($"expect suggested actions [{string.Join(" | ", titles)}]", _ =>
        {
            var reply = LastReply("suggested actions");
            var actual = reply.SuggestedActions?.Actions.Select(a => a.Title ?? a.Value?.ToString()).ToList() ?? [];
            if (!actual.SequenceEqual(titles, StringComparer.Ordinal))
            {
                throw Failure($"Expected suggested actions [{string.Join(" | ", titles)}] on {TranscriptText.Describe(reply)}.");
            }
            return Task.CompletedTask;
        });

    /// <summary>The reply asserted last carries an attachment of this content type.</summary>
    public DialogTestFlow AssertAttachment(string contentType) =>
        Enqueue($"expect an attachment {contentType}", _ =>
        {
            var reply = LastReply("an attachment");
            if (reply.Attachments?.Any(a => a.ContentType == contentType) != true)
            {
                throw Failure($"Expected an attachment {contentType} on {TranscriptText.Describe(reply)}.");
            }
            return Task.CompletedTask;
        });

    /// <summary>Every reply the bot has sent so far was asserted.</summary>
    public DialogTestFlow AssertNoMoreReplies() =>
        Enqueue("expect no more replies", ct =>
        {
            if (Connector.Pending.TryPeek(out _))
            {
                throw Failure("Expected no more replies.");
            }
            return Task.CompletedTask;
        });

    private async Task SendNowAsync(Activity template, CancellationToken cancellationToken)
    {
        var activity = template with
        {
            Type = template.Type ?? ActivityTypes.Message,
            Id = template.Id ?? _conversation.NextActivityId(),
            ChannelId = template.ChannelId ?? ChannelId,
            ServiceUrl = template.ServiceUrl ?? TestUsers.ServiceUrl,
            Conversation = template.Conversation ?? new ConversationAccount(ConversationId),
            From = template.From ?? TestUsers.User,
            Recipient = template.Recipient ?? TestUsers.Bot,
            Locale = template.Locale ?? Locale,
            Timestamp = template.Timestamp ?? _services.GetRequiredService<TimeProvider>().GetUtcNow(),
        };
        _transcript.Add("user: " + TranscriptText.Describe(activity));
        var processor = _services.GetRequiredService<TurnProcessor>();
        try
        {
            await processor.ProcessAsync(activity, Connector, cancellationToken).WaitAsync(Timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw Failure($"The turn for {TranscriptText.Describe(activity)} did not finish within {Timeout.TotalSeconds:0.#} s.");
        }
    }

    private async Task<Activity> NextReplyAsync(string expectation, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            while (true)
            {
                var reply = await Connector.Pending.ReadAsync(timeout.Token);
                _transcript.Add("bot:  " + TranscriptText.Describe(reply));
                if (reply.Type != ActivityTypes.Trace)
                {
                    _lastReply = reply;
                    return reply;
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw Failure($"Expected {expectation} but no reply arrived within {Timeout.TotalSeconds:0.#} s.");
        }
    }

    private Activity LastReply(string what) =>
        _lastReply ?? throw Failure($"Expected {what} on the last reply, but no reply has been asserted yet.");
}
