using Bot.Protocol.Schema;
using Bot.Runtime.Dialogs;
using Bot.Runtime.Dialogs.Prompts;
using Bot.Runtime.Turns;
using Bot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Runtime.Tests.Dialogs.Prompts;

/// <summary>
/// The parent a prompt test needs: a waterfall that asks with the prompt and then says what it got
/// ("[result: ...]" or "[too many attempts]"), inside a component so the prompt is found.
/// </summary>
public sealed class PromptHostDialog : ComponentDialog
{
    public PromptHostDialog(Dialog prompt, PromptOptions options, Func<object?, string>? describe = null)
        : base("host")
    {
        AddDialog(new WaterfallDialog("ask",
        [
            (step, ct) => step.PromptAsync(prompt.Id, options, ct),
            async (step, ct) =>
            {
                var text = step.Result is TooManyAttempts ? "[too many attempts]" : $"[result: {(describe ?? Describe)(step.Result)}]";
                await step.Context.SendActivityAsync(text, ct);
                return await step.EndDialogAsync(step.Result, ct);
            },
        ]));
        AddDialog(prompt);
    }

    /// <summary>Input that reaches the parent as "activityReceived" (the prompt did not claim it) is reported as "[unclaimed]".</summary>
    public bool ReportUnclaimedInput { get; init; }

    public static DialogTestFlow Flow(
        Dialog prompt, PromptOptions options, string locale, string channelId = Bot.Protocol.Schema.Channels.DirectLine,
        Func<object?, string>? describe = null, Action<IServiceCollection>? configure = null, bool reportUnclaimedInput = false) =>
        DialogTestFlow.Create(services =>
        {
            var root = new PromptHostDialog(prompt, options, describe) { ReportUnclaimedInput = reportUnclaimedInput };
            services.AddSingleton<IBot>(sp => new RunRoot(root, sp.GetRequiredService<DialogRunner>()));
            configure?.Invoke(services);
        }, locale, channelId);

    public static Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = text };

    protected override async Task<bool> OnPreBubbleEventAsync(DialogContext dc, DialogEvent e, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(e);
        if (ReportUnclaimedInput && e.Name == DialogEvents.ActivityReceived)
        {
            await dc.Context.SendActivityAsync("[unclaimed]", cancellationToken);
        }
        return false;
    }

    private static string Describe(object? result) => result switch
    {
        null => "(null)",
        FoundChoice choice => $"{choice.Value} #{choice.Index}",
        bool answer => answer ? "yes" : "no",
        _ => Convert.ToString(result, System.Globalization.CultureInfo.InvariantCulture) ?? "(null)",
    };

    private sealed class RunRoot(Dialog root, DialogRunner runner) : IBot
    {
        public Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken) =>
            runner.RunAsync(root, turnContext, cancellationToken);
    }
}
