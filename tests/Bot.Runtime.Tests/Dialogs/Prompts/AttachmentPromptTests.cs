using Bot.Protocol.Schema;
using Bot.Runtime.Dialogs.Prompts;

namespace Bot.Runtime.Tests.Dialogs.Prompts;

public sealed class AttachmentPromptTests
{
    private static readonly Func<object?, string> Files =
        result => string.Join(", ", ((IReadOnlyList<Attachment>)result!).Select(a => a.ContentType));

    private static PromptOptions Ask(string question, int maxAttempts = 3) =>
        new() { Prompt = PromptHostDialog.Text(question), MaxAttempts = maxAttempts };

    private static Activity Upload(params string[] contentTypes) => new()
    {
        Type = ActivityTypes.Message,
        Attachments = [.. contentTypes.Select(t => new Attachment { ContentType = t, ContentUrl = "https://files.test.invalid/" + t.Replace('/', '.'), Name = "file" })],
    };

    [Theory]
    [InlineData("en-US", "Please send a photo of the damage.")]
    [InlineData("zh-CN", "请发送一张损坏的照片。")]
    public async Task An_uploaded_file_is_the_answer(string locale, string question)
    {
        await using var flow = PromptHostDialog.Flow(new AttachmentPrompt("files"), Ask(question), locale, describe: Files);

        await flow.Send("hi").AssertReply(question)
            .Send(Upload("image/jpeg", "image/png")).AssertReply("[result: image/jpeg, image/png]")
            .AssertNoMoreReplies().StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "it is broken", "Please attach a file, for example a photo.")]
    [InlineData("zh-CN", "坏了", "请上传一个文件，例如一张照片。")]
    public async Task Text_instead_of_a_file_gets_the_localized_retry(string locale, string text, string retry)
    {
        await using var flow = PromptHostDialog.Flow(new AttachmentPrompt("files"), Ask("Photo?"), locale, describe: Files);

        await flow.Send("hi").AssertReply("Photo?")
            .Send(text).AssertReply(retry)
            .Send(Upload("image/png")).AssertReply("[result: image/png]")
            .AssertNoMoreReplies().StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "That is not a photo. Please send a JPEG or PNG picture.")]
    [InlineData("zh-CN", "这不是照片，请发送 JPEG 或 PNG 图片。")]
    public async Task The_images_only_validator_rejects_other_files(string locale, string retry)
    {
        var options = Ask("Photo?") with { RetryPrompt = PromptHostDialog.Text(retry) };
        await using var flow = PromptHostDialog.Flow(new AttachmentPrompt("files", AttachmentPrompt.ImagesOnly), options, locale, describe: Files);

        await flow.Send("hi").AssertReply("Photo?")
            .Send(Upload("application/pdf")).AssertReply(retry)
            .Send(Upload("image/jpeg")).AssertReply("[result: image/jpeg]")
            .AssertNoMoreReplies().StartTestAsync();
    }

    [Theory]
    [InlineData("en-US", "Please attach a file, for example a photo.")]
    [InlineData("zh-CN", "请上传一个文件，例如一张照片。")]
    public async Task After_max_attempts_the_parent_gets_too_many_attempts(string locale, string retry)
    {
        await using var flow = PromptHostDialog.Flow(new AttachmentPrompt("files", AttachmentPrompt.ImagesOnly), Ask("Photo?", 2), locale, describe: Files);

        await flow.Send("hi").AssertReply("Photo?")
            .Send(Upload("text/plain")).AssertReply(retry)
            .Send("no photo").AssertReply("[too many attempts]")
            .AssertNoMoreReplies().StartTestAsync();
    }
}
