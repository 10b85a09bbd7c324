using System.Globalization;
using System.Numerics;
using Bot.Runtime.Localization;
using Bot.Runtime.Recognizers;
using Bot.Runtime.Turns;

namespace Bot.Runtime.Dialogs.Prompts;

/// <summary>
/// Asks for a number (int, long, decimal, double): digits in the turn's culture, English words or Chinese numerals,
/// also inside a sentence ("I want 3 boxes", "要三个"). A number that does not fit <typeparamref name="T"/> (3.5 for an
/// int) is not an answer.
/// </summary>
public sealed class NumberPrompt<T>(string id, PromptValidator<T>? validator = null) : Prompt<T>(id, validator)
    where T : struct, INumber<T>
{
    protected override string DefaultRetryText => "NumberRetry";

    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(TurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var culture = CultureInfo.GetCultureInfo(turnContext.GetLocale());
        if (!NumberRecognizer.TryRecognize(turnContext.Activity.Text, culture, out var number))
        {
            return Task.FromResult(new PromptRecognizerResult<T>(false, default));
        }
        try
        {
            var value = T.CreateChecked(number);
            return Task.FromResult(decimal.CreateChecked(value) == number
                ? new PromptRecognizerResult<T>(true, value)
                : new PromptRecognizerResult<T>(false, default));
        }
        catch (OverflowException)
        {
            return Task.FromResult(new PromptRecognizerResult<T>(false, default));
        }
    }
}
