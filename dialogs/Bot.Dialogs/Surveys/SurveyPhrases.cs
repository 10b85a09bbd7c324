using System.Text;

namespace Bot.Dialogs.Surveys;

// Words that answer a survey question without a score, in English and Chinese: a whole message, give or take case,
// spaces and punctuation.
internal static class SurveyPhrases
{
    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "not now", "no thanks", "no thank you", "stop", "later", "maybe later", "no more", "enough", "quit", "end survey",
        "stop the survey", "stop survey", "im done", "i am done", "no more questions", "no time",
        "以后再说", "下次吧", "下次再说", "不用了", "算了", "不想答了", "不想回答了", "结束", "结束调查", "停止", "不做了", "没空",
        "没时间", "不答了",
    };

    private static readonly HashSet<string> Skip = new(StringComparer.Ordinal)
    {
        "skip", "skip it", "skip this", "skip this one", "skip question", "skip this question", "pass", "next", "next question",
        "n a", "na", "dont know", "do not know", "not sure", "no idea", "not applicable",
        "跳过", "跳过这题", "跳过这一题", "下一题", "下一个", "不知道", "不清楚", "不适用", "不好说", "略过",
    };

    // For the comment ("anything else to tell us?") a plain "no" says there is nothing.
    private static readonly HashSet<string> NoComment = new(StringComparer.Ordinal)
    {
        "no", "nope", "nothing", "none", "no comment", "no comments", "nothing else", "thats all", "no thats all",
        "没有", "没有了", "无", "没了", "没什么", "没什么了", "没有意见",
    };

    private static readonly Dictionary<string, int> SatisfactionWords = new(StringComparer.Ordinal)
    {
        ["very dissatisfied"] = 1, ["dissatisfied"] = 2, ["neutral"] = 3, ["satisfied"] = 4, ["very satisfied"] = 5,
        ["非常不满意"] = 1, ["很不满意"] = 1, ["不满意"] = 2, ["一般"] = 3, ["满意"] = 4, ["非常满意"] = 5, ["很满意"] = 5,
    };

    public static bool IsStop(string phrase) => Stop.Contains(phrase);

    public static bool IsSkip(string phrase, bool comment) => Skip.Contains(phrase) || (comment && NoComment.Contains(phrase));

    public static int? SatisfactionScore(string phrase) => SatisfactionWords.TryGetValue(phrase, out var score) ? score : null;

    /// <summary>Lower case, apostrophes dropped, punctuation as spaces, single spaces, trimmed; full-width forms folded.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC).ToLowerInvariant())
        {
            if (c is '\'' or '’')
            {
                continue;
            }
            builder.Append(char.IsPunctuation(c) || char.IsSymbol(c) || char.IsWhiteSpace(c) ? ' ' : c);
        }
        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
