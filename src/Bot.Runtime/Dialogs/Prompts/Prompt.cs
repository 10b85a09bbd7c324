using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Protocol.Schema;
using Bot.Runtime.Localization;
using Bot.Runtime.Turns;

namespace Bot.Runtime.Dialogs.Prompts;

/// <summary>
/// Asks a question and waits for an answer it can recognize (and the validator accepts). A wrong answer gets the retry
/// prompt, unless something else was already said this turn; after <see cref="PromptOptions.MaxAttempts"/> wrong
/// answers the prompt ends with <see cref="TooManyAttempts.Instance"/> so the caller can offer a person instead.
/// </summary>
public abstract class Prompt<T>(string id, PromptValidator<T>? validator = null) : Dialog(id)
{
    private const string OptionsKey = "options";
    private const string StateKey = "state";
    private const string AttemptCountKey = "attemptCount";

    /// <summary>The resource name of the retry text used when the options have no retry prompt.</summary>
    protected abstract string DefaultRetryText { get; }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var promptOptions = options as PromptOptions
            ?? throw new ArgumentException($"Prompt '{Id}' needs {nameof(PromptOptions)}.", nameof(options));
        promptOptions = promptOptions with
        {
            Prompt = ExpectingInput(promptOptions.Prompt),
            RetryPrompt = ExpectingInput(promptOptions.RetryPrompt),
        };
        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = JsonSerializer.SerializeToNode(promptOptions, DialogJson.Options);
        state[StateKey] = new JsonObject { [AttemptCountKey] = 0 };
        await OnPromptAsync(dc.Context, promptOptions, isRetry: false, cancellationToken);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }
        var instance = dc.ActiveDialog!;
        var options = ReadOptions(instance);
        var recognized = await OnRecognizeAsync(dc.Context, options, cancellationToken);
        var attempts = ReadAttempts(instance) + 1;
        instance.State[StateKey] = new JsonObject { [AttemptCountKey] = attempts };
        var valid = validator is null
            ? recognized.Succeeded
            : await validator(new PromptValidatorContext<T>(dc.Context, recognized, options, attempts, dc.Context.GetLocale()), cancellationToken);
        if (valid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }
        if (options.MaxAttempts > 0 && attempts >= options.MaxAttempts)
        {
            return await dc.EndDialogAsync(TooManyAttempts.Instance, cancellationToken);
        }
        if (!dc.Context.Responded)
        {
            await OnPromptAsync(dc.Context, options, isRetry: true, cancellationToken);
        }
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(TurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(instance);
        return OnPromptAsync(turnContext, ReadOptions(instance), isRetry: false, cancellationToken);
    }

    /// <summary>Sends the question (or the retry). The default sends the prompt, the retry prompt or the localized retry text.</summary>
    protected virtual async Task OnPromptAsync(TurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        if (QuestionFor(turnContext, options, isRetry) is { } activity)
        {
            await turnContext.SendActivityAsync(activity, cancellationToken);
        }
    }

    /// <summary>The activity to send: the prompt, else on a retry the retry prompt or the default retry text.</summary>
    protected Activity? QuestionFor(TurnContext turnContext, PromptOptions options, bool isRetry)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        if (!isRetry)
        {
            return options.Prompt is null ? null : options.Prompt with { };
        }
        return options.RetryPrompt is { } retry
            ? retry with { }
            : ExpectingInput(new Activity
            {
                Type = ActivityTypes.Message,
                Text = PromptText.Get(DefaultRetryText, turnContext.GetLocale()),
                TextFormat = TextFormats.Plain,
            });
    }

    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(TurnContext turnContext, PromptOptions options, CancellationToken cancellationToken);

    // Valid answers are not interruptions: the prompt claims the input before its ancestors see it.
    protected override async Task<bool> OnPreBubbleEventAsync(DialogContext dc, DialogEvent e, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(e);
        if (e.Name != DialogEvents.ActivityReceived || dc.Context.Activity.Type != ActivityTypes.Message || dc.ActiveDialog is null)
        {
            return false;
        }
        var recognized = await OnRecognizeAsync(dc.Context, ReadOptions(dc.ActiveDialog), cancellationToken);
        return recognized.Succeeded;
    }

    private static PromptOptions ReadOptions(DialogInstance instance) =>
        instance.State[OptionsKey]?.Deserialize<PromptOptions>(DialogJson.Options)
            ?? throw new InvalidOperationException("The prompt's stored options are missing.");

    private static int ReadAttempts(DialogInstance instance) =>
        instance.State[StateKey] is JsonObject state && state[AttemptCountKey] is JsonValue value && value.TryGetValue<int>(out var count) ? count : 0;

    private static Activity? ExpectingInput(Activity? activity) =>
        activity is null ? null : activity with { InputHint = activity.InputHint ?? InputHints.ExpectingInput, Type = activity.Type ?? ActivityTypes.Message };
}
