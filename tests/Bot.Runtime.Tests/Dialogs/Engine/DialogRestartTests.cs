using System.Text.Json.Nodes;
using Bot.Runtime.Dialogs;
using Bot.Testing;

namespace Bot.Runtime.Tests.Dialogs.Engine;

public sealed class DialogRestartTests
{
    private const string Restarted = "Sorry, we've updated this service since we last talked, so let's start again.";
    private const string RestartedZh = "抱歉，自上次对话以来我们更新了服务，让我们重新开始吧。";

    // Version 1 asks name and city; version 2 also asks for a phone number (same ids, one more step).
    private static TestComponent Profile(int version)
    {
        List<WaterfallStep> steps =
        [
            (step, ct) => step.BeginDialogAsync("ask", "What is your name?", ct),
            (step, ct) =>
            {
                step.Values["name"] = (string)step.Result!;
                return step.BeginDialogAsync("ask", "Where do you live?", ct);
            },
            (step, ct) => step.EndDialogAsync($"{step.Values["name"]} lives in {step.Values["city"] ?? step.Result}", ct),
        ];
        if (version == 2)
        {
            steps.Insert(2, (step, ct) =>
            {
                step.Values["city"] = (string)step.Result!;
                return step.BeginDialogAsync("ask", "Your phone number?", ct);
            });
        }
        return new TestComponent("root", new WaterfallDialog("profile", steps), new AskDialog("ask"));
    }

    [Fact]
    public async Task A_conversation_continues_at_the_same_step_in_a_restarted_host()
    {
        await using var flow = DialogTestFlow.Create(s => EngineTestBot.Register(s, Profile(1)));
        await flow.Send("hi").AssertReply("What is your name?")
            .Send("Ann").AssertReply("Where do you live?")
            .StartTestAsync();

        await using var restarted = flow.RestartHost();

        await restarted.Send("Paris").AssertReply("[complete: Ann lives in Paris]").AssertNoMoreReplies().StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", Restarted)]
    [InlineData("zh-CN", RestartedZh)]
    public async Task A_changed_dialog_definition_restarts_the_conversation_politely(string locale, string apology)
    {
        await using var flow = DialogTestFlow.Create(s => EngineTestBot.Register(s, Profile(1)), locale);
        await flow.Send("hi").AssertReply("What is your name?")
            .Send("Ann").AssertReply("Where do you live?")
            .StartTestAsync();

        await using var deployed = flow.RestartHost(s => EngineTestBot.Register(s, Profile(2)));

        await deployed.Send("Paris").AssertReply(apology).AssertReply("What is your name?").AssertNoMoreReplies()
            .Send("Bob").AssertReply("Where do you live?")
            .Send("Rome").AssertReply("Your phone number?")
            .Send("555").AssertReply("[complete: Bob lives in Rome]")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_changed_definition_is_not_mentioned_when_no_dialog_was_running()
    {
        await using var flow = DialogTestFlow.Create(s => EngineTestBot.Register(s, Profile(1)));
        await flow.Send("hi").AssertReply("What is your name?")
            .Send("Ann").AssertReply("Where do you live?")
            .Send("Paris").AssertReply("[complete: Ann lives in Paris]")
            .StartTestAsync();

        await using var deployed = flow.RestartHost(s => EngineTestBot.Register(s, Profile(2)));

        await deployed.Send("hi again").AssertReply("What is your name?").AssertNoMoreReplies().StartTestAsync();
    }

    public static TheoryData<string> BrokenStates => ["unreadable JSON", "unknown dialog id", "step out of range", "inner stack not a list"];

    [Theory]
    [MemberData(nameof(BrokenStates))]
    public async Task Stored_state_that_no_longer_fits_restarts_the_conversation_politely(string damage)
    {
        await using var flow = DialogTestFlow.Create(s => EngineTestBot.Register(s, Profile(1)));
        await flow.Send("hi").AssertReply("What is your name?")
            .Send("Ann").AssertReply("Where do you live?")
            .StartTestAsync();
        await StoredDialogState.RewriteAsync(flow, state => Damage(state, damage));

        await using var restarted = flow.RestartHost();

        await restarted.Send("Paris").AssertReply(Restarted).AssertReply("What is your name?").AssertNoMoreReplies()
            .Send("Bob").AssertReply("Where do you live?")
            .StartTestAsync();
    }

    private static JsonNode? Damage(JsonObject state, string damage)
    {
        var rootStack = state["dialogStack"]![0]!["state"]!["dialogs"]!["dialogStack"]!.AsArray();
        switch (damage)
        {
            case "unreadable JSON":
                return JsonValue.Create("not a dialog state");
            case "unknown dialog id":
                rootStack[0]!["id"] = "retired-dialog";
                return state;
            case "step out of range":
                rootStack[1]!["state"]!["stepIndex"] = 7;
                return state;
            default:
                state["dialogStack"]![0]!["state"]!["dialogs"]!["dialogStack"] = JsonValue.Create(42);
                return state;
        }
    }
}
