using Bot.Dialogs.Main;
using Bot.Runtime.Dialogs.Interruptions;

namespace Bot.Dialogs.Tests.Tone;

// DOMAIN.md §1.3, §10 R11: no bot text, in either language, contains a forbidden phrase or asks for proof.
public sealed class ForbiddenPhraseTests
{
    [Fact]
    public void No_resource_string_in_either_language_contains_a_forbidden_phrase()
    {
        var offenders = BotTexts.All()
            .Select(t => (t.File, t.Name, Phrases: ForbiddenPhrases.In(t.Text)))
            .Where(t => t.Phrases.Count > 0)
            .Select(t => $"{t.File} {t.Name}: {string.Join(", ", t.Phrases)}")
            .ToList();

        Assert.True(offenders.Count == 0, "Forbidden phrases in bot texts:" + Environment.NewLine + string.Join(Environment.NewLine, offenders));
    }

    [Fact]
    public void Every_resource_compiled_into_the_bot_is_among_the_files_checked()
    {
        var checkedBases = BotTexts.ResourceFiles()
            .Select(f => Path.GetFileNameWithoutExtension(f).Split('.')[0])
            .ToHashSet(StringComparer.Ordinal);
        var compiled = new[] { typeof(CustomerServiceDialog).Assembly, typeof(InterruptibleDialog).Assembly }
            .SelectMany(a => a.GetManifestResourceNames())
            .Where(n => n.EndsWith(".resources", StringComparison.Ordinal))
            .Select(n => n[..^".resources".Length].Split('.')[^1])
            .ToList();

        Assert.NotEmpty(compiled);
        Assert.All(compiled, name => Assert.Contains(name, checkedBases));
        Assert.Contains(BotTexts.ResourceFiles(), f => f.EndsWith("SurveyStrings.zh-CN.resx", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("You should receive it tomorrow.", "you should")]
    [InlineData("Please CALM DOWN, we'll look into it.", "calm down")]
    [InlineData("I’m afraid that’s impossible.", "that's impossible")]
    [InlineData("Can you prove the box was damaged before delivery?", "prove")]
    [InlineData("Please send proof that the parcel did not arrive.", "proof that")]
    [InlineData("We never lose parcels.", "we never")]
    [InlineData("You must be mistaken about the date.", "you must be mistaken")]
    [InlineData("You don't understand how customs works.", "you don't understand")]
    [InlineData("We wouldn't do that.", "we wouldn't")]
    [InlineData("你应该先联系寄件人。", "你应该")]
    [InlineData("你别激动，我们会处理。", "你别激动")]
    [InlineData("这种情况我们这不可能发生。", "不可能")]
    [InlineData("请提供包裹损坏的证明。", "证明")]
    [InlineData("我们从没丢过件。", "我们从没")]
    [InlineData("我们不会弄错地址。", "我们不会")]
    [InlineData("你肯定弄错了单号。", "你肯定弄错")]
    [InlineData("你可能不明白我们的流程。", "你可能不明白")]
    [InlineData("你平静一点。", "你平静一点")]
    public void The_lint_catches_a_forbidden_phrase(string text, string phrase)
    {
        Assert.Contains(phrase, ForbiddenPhrases.In(text));
    }

    [Theory]
    [InlineData("We'll use your answers to improve our service.")]
    [InlineData("Should you need more help, say \"agent\".")]
    [InlineData("I'm sorry about the delay. A colleague will look into it.")]
    [InlineData("很抱歉给您带来不便，我们会尽快处理。")]
    public void Ordinary_polite_text_passes_the_lint(string text)
    {
        Assert.Empty(ForbiddenPhrases.In(text));
    }
}
