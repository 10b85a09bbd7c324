using Bot.Protocol.Schema;
using Bot.Runtime.Turns;

namespace Bot.Runtime.Dialogs.Prompts;

/// <summary>Asks for one or more files; <see cref="ImagesOnly"/> is a validator for photos (e.g. of a damaged parcel).</summary>
public sealed class AttachmentPrompt(string id, PromptValidator<IReadOnlyList<Attachment>>? validator = null)
    : Prompt<IReadOnlyList<Attachment>>(id, validator)
{
    /// <summary>Accepts the answer only when every attachment is an image.</summary>
    public static readonly PromptValidator<IReadOnlyList<Attachment>> ImagesOnly = (prompt, _) =>
        Task.FromResult(prompt.Recognized is { Succeeded: true, Value: { Count: > 0 } files }
            && files.All(f => f.ContentType?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true));

    protected override string DefaultRetryText => "AttachmentRetry";

    protected override Task<PromptRecognizerResult<IReadOnlyList<Attachment>>> OnRecognizeAsync(TurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var files = turnContext.Activity.Attachments?.Where(a => a.ContentUrl is not null || a.Content is not null).ToList();
        return Task.FromResult(files is { Count: > 0 }
            ? new PromptRecognizerResult<IReadOnlyList<Attachment>>(true, files)
            : new PromptRecognizerResult<IReadOnlyList<Attachment>>(false, null));
    }
}
