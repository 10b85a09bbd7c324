using System.Text.Json.Nodes;
using Bot.Runtime.Dialogs;
using Bot.Testing;

namespace Bot.Runtime.Tests.Dialogs.Engine;

public sealed class ComponentDialogTests
{
    internal static TestComponent ShippingDialogs()
    {
        var main = new WaterfallDialog("main",
        [
            (step, ct) => step.BeginDialogAsync("address", null, ct),
            (step, ct) => step.EndDialogAsync($"Shipping to {step.Result}", ct),
        ]);
        var address = new TestComponent("address", new WaterfallDialog("address-steps",
        [
            (step, ct) => step.BeginDialogAsync("ask", "Street?", ct),
            (step, ct) =>
            {
                step.Values["street"] = (string)step.Result!;
                return step.BeginDialogAsync("ask", "City?", ct);
            },
            (step, ct) => step.EndDialogAsync($"{step.Values["street"]}, {step.Result}", ct),
        ]), new AskDialog("ask"));
        return new TestComponent("root", main, address);
    }

    [Fact]
    public async Task A_component_runs_its_inner_dialogs_and_ends_with_their_result()
    {
        await using var flow = DialogTestFlow.Create(s => EngineTestBot.Register(s, ShippingDialogs()));

        await flow.Send("hi").AssertReply("Street?")
            .Send("1 Main St").AssertReply("City?")
            .Send("Springfield").AssertReply("[complete: Shipping to 1 Main St, Springfield]").AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task A_component_keeps_its_inner_stack_in_its_state_under_dialogs()
    {
        await using var flow = DialogTestFlow.Create(s => EngineTestBot.Register(s, ShippingDialogs()));
        await flow.Send("hi").AssertReply("Street?").Send("1 Main St").AssertReply("City?").StartTestAsync();

        var stored = await StoredDialogState.ReadAsync(flow);

        Assert.False(string.IsNullOrEmpty((string?)stored["version"]));
        var root = Assert.Single(stored["dialogStack"]!.AsArray())!;
        Assert.Equal("root", (string?)root["id"]);
        var rootStack = root["state"]!["dialogs"]!["dialogStack"]!.AsArray();
        Assert.Equal(["address", "main"], rootStack.Select(i => (string?)i!["id"]));
        var addressStack = rootStack[0]!["state"]!["dialogs"]!["dialogStack"]!.AsArray();
        Assert.Equal(["ask", "address-steps"], addressStack.Select(i => (string?)i!["id"]));
        var steps = addressStack[1]!["state"]!.AsObject();
        Assert.Equal(1, (int)steps["stepIndex"]!);
        Assert.Equal("1 Main St", (string?)steps["values"]!["street"]);
        Assert.True(steps.ContainsKey("instanceId"));
        Assert.Equal("City?", (string?)addressStack[0]!["state"]!["question"]);
    }

    [Fact]
    public async Task A_component_that_ends_at_once_ends_in_the_same_turn()
    {
        var instant = new TestComponent("root", new WaterfallDialog("steps", [(step, ct) => step.EndDialogAsync("done", ct)]));
        await using var flow = DialogTestFlow.Create(s => EngineTestBot.Register(s, instant));

        await flow.Send("hi").AssertReply("[complete: done]").AssertNoMoreReplies().StartTestAsync();
        Assert.Equal(new JsonArray().ToJsonString(), (await StoredDialogState.ReadAsync(flow))["dialogStack"]!.ToJsonString());
    }
}
