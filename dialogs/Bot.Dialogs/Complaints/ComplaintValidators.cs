using System.Text;
using Bot.Protocol.Schema;
using Bot.Runtime.Dialogs.Prompts;
using Bot.Runtime.Localization;
using Bot.Runtime.Recognizers;

namespace Bot.Dialogs.Complaints;

// What counts as an answer to the complaint questions, beyond what the prompts recognize themselves.
internal static class ComplaintValidators
{
    public const decimal MaxDeclaredValue = 1_000_000_000m;

    private static readonly HashSet<string> SkipWords = new(StringComparer.Ordinal)
    {
        "skip", "skip it", "no photo", "no photos", "no picture", "none", "nothing", "i dont have one", "i don't have one",
        "dont have one", "not now", "later", "no", "nope", "not sure", "i don't know", "i dont know", "don't know", "dont know",
        "跳过", "没有", "没有照片", "没拍", "不用", "不用了", "无", "不需要", "没有图片", "不知道", "不清楚", "算了",
    };

    private static readonly HashSet<string> NoNumberWords = new(StringComparer.Ordinal)
    {
        "i don't have one", "i dont have one", "dont have one", "don't have one", "i don't have it", "i dont have it",
        "no number", "no waybill", "no tracking number", "i don't have a number", "i dont have a number", "none", "no",
        "i don't know", "i dont know", "don't know", "dont know", "not sure", "lost it", "skip",
        "没有", "没有单号", "没单号", "没有运单号", "没有快递单号", "不知道", "不知道单号", "忘了", "找不到单号", "无", "跳过",
    };

    /// <summary>A description needs at least two letters (any script): "!!" or "12" is not one.</summary>
    public static Task<bool> DescriptionAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized is { Succeeded: true, Value: { } text } && text.Count(char.IsLetter) >= 2);

    /// <summary>Photos only (every file an image), or a message that skips the question.</summary>
    public static async Task<bool> PhotoAsync(PromptValidatorContext<IReadOnlyList<Attachment>> prompt, CancellationToken cancellationToken) =>
        await AttachmentPrompt.ImagesOnly(prompt, cancellationToken) || IsSkip(prompt.Context.Activity.Text);

    /// <summary>A value of the goods (a number from 0), or a message that skips the question.</summary>
    public static Task<bool> ValueAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(IsSkip(prompt.Context.Activity.Text) || DeclaredValue(prompt.Context.Activity.Text, prompt.Locale) is not null);

    /// <summary>What the customer would like us to do: some words, or a message that skips the question.</summary>
    public static Task<bool> DesiredAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized is { Succeeded: true, Value: { } text } && text.Any(char.IsLetter));

    public static decimal? DeclaredValue(string? text, string locale) =>
        NumberRecognizer.TryRecognize(text, BotLocales.Culture(locale), out var value) && value is >= 0 and <= MaxDeclaredValue ? value : null;

    public static bool IsSkip(string? text)
    {
        var normalized = Normalize(text);
        return normalized.Length > 0 && (SkipWords.Contains(normalized) || ConfirmRecognizer.Recognize(normalized) == false);
    }

    /// <summary>"I don't have one" / "没有单号": the customer has no waybill number to give.</summary>
    public static bool IsNoNumber(string? text)
    {
        var normalized = Normalize(text);
        return normalized.Length > 0 && (NoNumberWords.Contains(normalized) || ConfirmRecognizer.Recognize(normalized) == false);
    }

    private static string Normalize(string? text) =>
        (text ?? "").Normalize(NormalizationForm.FormKC).Trim().TrimEnd('.', '!', '。', '！').ToLowerInvariant().Replace('’', '\'');
}
