namespace Bot.Runtime.Recognizers;

/// <summary>
/// Reads a yes/no answer in English or Chinese. Negations win over the word they negate ("not correct", "不是"),
/// mixed answers ("yes no") are not recognized. Returns null when the text is not a yes/no answer.
/// </summary>
public static class ConfirmRecognizer
{
    private static readonly string[][] EnglishYes =
    [
        ["yes"], ["y"], ["yep"], ["yeah"], ["yup"], ["ya"], ["sure"], ["ok"], ["okay"], ["k"], ["correct"], ["right"],
        ["that's", "right"], ["thats", "right"], ["that", "is", "right"], ["of", "course"], ["absolutely"],
        ["confirm"], ["confirmed"], ["affirmative"], ["no", "problem"], ["no", "worries"], ["please", "do"], ["go", "ahead"],
    ];

    private static readonly string[][] EnglishNo =
    [
        ["no"], ["n"], ["nope"], ["nah"], ["not", "really"], ["incorrect"], ["wrong"], ["negative"], ["never"],
        ["not", "correct"], ["not", "right"], ["not", "ok"], ["not", "okay"], ["no", "thanks"], ["don't"], ["do", "not"],
        ["cancel"],
    ];

    private static readonly string[][] EnglishNeither = [["not", "sure"], ["don't", "know"], ["dont", "know"], ["maybe"]];

    // Longest first, so "不是" is read before "是" and "没错" before anything shorter.
    private static readonly (string Phrase, bool? Answer)[] Chinese =
    [
        ("不确定", null), ("对不起", null), ("不知道", null), ("没问题", true), ("不可以", false), ("不需要", false),
        ("是的", true), ("好的", true), ("对的", true), ("可以", true), ("没错", true), ("确定", true), ("当然", true),
        ("不是", false), ("不对", false), ("不要", false), ("不用", false), ("不行", false), ("没有", false), ("不好", false),
        ("需要", true), ("要的", true), ("嗯", true), ("是", true), ("好", true), ("对", true), ("行", true), ("要", true),
        ("不", false), ("否", false), ("没", false),
    ];

    private static readonly string[] ChineseLeads = ["我们", "我", "嗯", "哦", "那", "呃", "啊"];

    public static bool? Recognize(string? text)
    {
        var normalized = RecognizerText.Normalize(text);
        if (normalized.Length == 0)
        {
            return null;
        }
        return RecognizerText.ContainsCjk(normalized) ? RecognizeChinese(normalized) : RecognizeEnglish(normalized);
    }

    private static bool? RecognizeEnglish(string normalized)
    {
        var words = RecognizerText.Words(normalized);
        bool? answer = null;
        var i = 0;
        while (i < words.Count)
        {
            var neither = MatchAt(words, i, EnglishNeither);
            if (neither > 0)
            {
                return null;
            }
            var yes = MatchAt(words, i, EnglishYes);
            var no = MatchAt(words, i, EnglishNo);
            if (yes == 0 && no == 0)
            {
                i++;
                continue;
            }
            var current = yes > no;
            if (answer is not null && answer != current)
            {
                return null;
            }
            answer = current;
            i += Math.Max(yes, no);
        }
        return answer;
    }

    private static int MatchAt(List<string> words, int index, string[][] phrases)
    {
        var best = 0;
        foreach (var phrase in phrases)
        {
            if (phrase.Length <= best || index + phrase.Length > words.Count)
            {
                continue;
            }
            // Single letters count only as the whole answer ("y"), not inside a sentence.
            if (phrase.Length == 1 && phrase[0].Length == 1 && words.Count > 1)
            {
                continue;
            }
            var matches = true;
            for (var k = 0; k < phrase.Length && matches; k++)
            {
                matches = string.Equals(words[index + k], phrase[k], StringComparison.Ordinal);
            }
            best = matches ? phrase.Length : best;
        }
        return best;
    }

    // A Chinese answer starts its clause ("不是的", "我不要", "好的，谢谢"); words inside a sentence ("银行") are not answers.
    private static bool? RecognizeChinese(string normalized)
    {
        bool? answer = null;
        foreach (var clause in normalized.Split([',', '.', '!', '?', ' ', '！', '？', '；', ';', '~'], StringSplitOptions.RemoveEmptyEntries))
        {
            var span = clause.AsSpan();
            foreach (var lead in ChineseLeads)
            {
                if (span.StartsWith(lead, StringComparison.Ordinal) && span.Length > lead.Length)
                {
                    span = span[lead.Length..];
                    break;
                }
            }
            var found = false;
            foreach (var (phrase, value) in Chinese)
            {
                if (!span.StartsWith(phrase, StringComparison.Ordinal))
                {
                    continue;
                }
                if (value is null || (answer is not null && answer != value))
                {
                    return null;
                }
                answer = value;
                found = true;
                break;
            }
            if (!found && RecognizerText.ContainsCjk(clause) is false)
            {
                var english = RecognizeEnglish(clause);
                if (english is not null && answer is not null && answer != english)
                {
                    return null;
                }
                answer ??= english;
            }
        }
        return answer;
    }
}
