using Bot.Protocol.Schema;
using Bot.Runtime.Dialogs.Prompts;
using Bot.Runtime.Recognizers;

namespace Bot.Dialogs.Complaints;

// What counts as an answer to the complaint questions, beyond what the prompts recognize themselves.
internal static class ComplaintValidators
{
    public const int MaxParcels = 10_000;

    private static readonly HashSet<string> SkipWords = new(StringComparer.Ordinal)
    {
        "skip", "skip it", "no photo", "no photos", "no picture", "none", "i dont have one", "i don't have one", "dont have one",
        "not now", "later", "no", "nope", "跳过", "没有", "没有照片", "没拍", "不用", "无", "不需要", "没有图片",
    };

    /// <summary>A description needs at least two letters (any script): "!!" or "12" is not one.</summary>
    public static Task<bool> DescriptionAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized is { Succeeded: true, Value: { } text } && text.Count(char.IsLetter) >= 2);

    public static Task<bool> ParcelsAsync(PromptValidatorContext<int> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized is { Succeeded: true, Value: > 0 and <= MaxParcels });

    /// <summary>Photos only (every file an image), or a message that skips the question.</summary>
    public static async Task<bool> PhotoAsync(PromptValidatorContext<IReadOnlyList<Attachment>> prompt, CancellationToken cancellationToken) =>
        await AttachmentPrompt.ImagesOnly(prompt, cancellationToken) || IsSkip(prompt.Context.Activity.Text);

    public static bool IsSkip(string? text)
    {
        var normalized = (text ?? "").Normalize(System.Text.NormalizationForm.FormKC).Trim().TrimEnd('.', '!', '。', '！').ToLowerInvariant()
            .Replace('’', '\'');
        return normalized.Length > 0 && (SkipWords.Contains(normalized) || ConfirmRecognizer.Recognize(normalized) == false);
    }
}
