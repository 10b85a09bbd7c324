using Bot.Runtime.Localization;

namespace Bot.Runtime.Dialogs.Interruptions;

// Whole messages (after InterruptionRecognizer strips fillers) that mean an interruption. Lower case, no punctuation,
// apostrophes removed ("lets"), articles removed ("talk to person").
internal static class InterruptionPhrases
{
    public static readonly string[] LeadIns =
    [
        "i want to", "i wanna", "i would like to", "id like to", "i need to", "i need", "i want", "can i", "could i",
        "can you", "could you", "please", "pls", "just", "let me", "lets", "ok", "okay", "oh", "no", "hey", "well",
        "我要", "我想", "我需要", "请", "帮我", "麻烦", "那就", "那",
    ];

    public static readonly string[] Tails =
    [
        "please", "pls", "now", "right now", "thanks", "thank you", "then", "instead", "already",
        "吧", "啦", "呀", "啊", "一下", "谢谢",
    ];

    private static readonly string[] Cancel =
    [
        "cancel", "cancel it", "cancel that", "cancel this", "stop", "stop it", "stop this", "quit", "exit", "abort",
        "nevermind", "never mind", "forget it", "forget about it",
        "取消", "不要了", "算了", "退出", "停止", "不用了", "不办了", "不弄了", "取消吧",
    ];

    private static readonly string[] Help =
    [
        "help", "help me", "?", "what can i say", "what can you do", "how does this work", "how do i use this",
        "帮助", "帮忙", "求助", "怎么用", "如何使用", "使用帮助", "你能做什么", "能做什么",
    ];

    private static readonly string[] HumanTargets =
    [
        "person", "human", "agent", "real person", "live agent", "human agent", "live person", "representative",
        "operator", "customer service", "someone", "somebody", "staff", "colleague",
    ];

    private static readonly string[] HumanVerbs =
    [
        "talk to", "speak to", "talk with", "speak with", "chat with", "chat to", "connect me to", "transfer me to",
        "put me through to", "get me", "contact",
    ];

    private static readonly string[] Human =
    [
        "agent", "human", "person", "real person", "live agent", "human agent", "representative", "operator",
        "customer service",
        "人工", "转人工", "人工客服", "客服", "真人", "找客服", "联系客服", "找人工", "转接人工", "人工服务", "转客服",
    ];

    private static readonly string[] StartOver =
    [
        "start over", "restart", "start again", "begin again", "from the beginning", "start from scratch", "reset",
        "重新开始", "从头开始", "重来", "重新来",
    ];

    private static readonly string[] ToChinese =
    [
        "中文", "chinese", "简体中文", "汉语", "switch to chinese", "speak chinese", "in chinese", "use chinese",
        "切换中文", "切换到中文", "说中文", "用中文", "换成中文",
    ];

    private static readonly string[] ToEnglish =
    [
        "english", "英文", "英语", "switch to english", "speak english", "in english", "use english",
        "切换英文", "切换到英文", "说英文", "说英语", "用英文", "用英语", "换成英文",
    ];

    public static readonly IReadOnlyDictionary<string, Interruption> Table = Build();

    private static Dictionary<string, Interruption> Build()
    {
        var table = new Dictionary<string, Interruption>(StringComparer.Ordinal);
        void Add(IEnumerable<string> phrases, Interruption interruption)
        {
            foreach (var phrase in phrases)
            {
                table[phrase] = interruption;
            }
        }
        Add(Cancel, new Interruption(InterruptionKind.Cancel));
        Add(Help, new Interruption(InterruptionKind.Help));
        Add(Human, new Interruption(InterruptionKind.Human));
        Add(HumanVerbs.SelectMany(v => HumanTargets.Select(t => $"{v} {t}")), new Interruption(InterruptionKind.Human));
        Add(StartOver, new Interruption(InterruptionKind.StartOver));
        Add(ToChinese, new Interruption(InterruptionKind.SwitchLanguage, BotLocales.Chinese));
        Add(ToEnglish, new Interruption(InterruptionKind.SwitchLanguage, BotLocales.English));
        return table;
    }
}
