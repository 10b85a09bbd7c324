namespace Bot.Language.Offline;

/// Sentiment words, escalation signals, desired resolutions and dialog cues, English and Chinese.
internal static class ToneLexicon
{
    public static IEnumerable<(string, Feature)> Entries()
    {
        foreach (var entry in Sentiment.Split('|'))
        {
            var parts = entry.Split('=');
            yield return (parts[0], Feature.Sentiment(double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)));
        }

        foreach (var (signal, words) in Signals)
        {
            foreach (var word in words.Split('|'))
            {
                yield return (word, Feature.For(signal));
            }
        }

        foreach (var (value, words) in Resolutions)
        {
            foreach (var word in words.Split('|'))
            {
                yield return (word, Feature.Resolution(value));
            }
        }

        foreach (var (cue, words) in Cues)
        {
            foreach (var word in words.Split('|'))
            {
                yield return (word, Feature.For(cue));
            }
        }
    }

    private const string Sentiment =
        "bad=-1|terrible=-2|awful=-2|horrible=-2|worst=-2.5|angry=-2|furious=-3|livid=-3|ridiculous=-2|unacceptable=-2|" +
        "disappointed=-1.5|disappointing=-1.5|useless=-2|slow=-0.8|late=-0.8|rude=-1.5|damaged=-1|broken=-1|lost=-1|" +
        "annoyed=-1.5|frustrated=-1.5|frustrating=-1.5|disgusting=-2.5|scam=-3|hate=-2.5|pathetic=-2.5|garbage=-3|trash=-2.5|" +
        "joke=-1|fed up=-2|sick of=-2|upset=-1.5|incompetent=-2.5|shameful=-2|disgrace=-2.5|nightmare=-2|wtf=-2.5|" +
        "poor=-1|unhappy=-1.5|complain=-0.5|problem=-0.5|" +
        "thanks=1|thank=1|great=1.5|good=1|excellent=2|awesome=2|happy=1.5|love=2|perfect=2|satisfied=1.5|helpful=1.5|" +
        "amazing=2|fast=1|quick=1|appreciate=1.5|nice=1|wonderful=2|lovely=1.5|careful=1|" +
        "气死了=-3|气死=-3|太差了=-3|垃圾=-3|差=-1.5|差劲=-2|太慢=-1.5|慢=-0.5|生气=-2|愤怒=-3|失望=-2|不满=-2|糟糕=-2|烂=-2|" +
        "坑=-2|骗子=-3|无语=-1.5|离谱=-2|恶心=-2.5|火大=-2.5|受不了=-2|忍无可忍=-3|什么破=-2.5|破快递=-2.5|坑人=-2.5|" +
        "谢谢=1|感谢=1.5|满意=1.5|很好=1.5|不错=1.5|棒=2|赞=1.5|专业=1|辛苦了=1.5|给力=2|开心=1.5";

    private static readonly (Signal, string)[] Signals =
    [
        (Signal.AsksForPerson,
            "human|real person|a person|live person|someone real|agent|live agent|representative|operator|speak to someone|" +
            "talk to someone|speak with someone|transfer me|manager|supervisor|not a bot|" +
            "人工|真人|活人|转人工|人工客服|找人|经理|主管|负责人|不要机器人"),
        (Signal.Legal,
            "lawyer|attorney|sue|suing|lawsuit|court|legal action|take you to court|small claims|" +
            "律师|起诉|法院|告你们|打官司|法律|诉讼|告到"),
        (Signal.Media,
            "newspaper|press|journalist|reporter|social media|media|tv station|twitter|weibo|go viral|facebook|tiktok|" +
            "post online|post this online|" +
            "媒体|曝光|记者|微博|抖音|报社|电视台|发到网上|网上说|小红书|朋友圈"),
        (Signal.Regulator,
            "regulator|consumer association|postal bureau|post bureau|consumer protection|authorities|ombudsman|" +
            "state post bureau|trading standards|" +
            "12315|12305|消协|消费者协会|邮政管理局|邮管局|投诉到国家|市场监管|工商|监管部门|有关部门"),
        (Signal.Switching,
            "switch to another courier|another courier|another company|never use you again|never using you again|" +
            "never use your|switch provider|switching provider|use someone else|use a different courier|last time i use|" +
            "换一家|再也不用|换快递|不再用|再也不会用|换别家|用别的快递|再也不寄"),
    ];

    private static readonly (string, string)[] Resolutions =
    [
        ("refund", "refund|money back|reimburse|reimbursement|退款|退钱|退费|退运费"),
        ("compensation", "compensation|compensate|compensated|damages paid|赔偿|赔钱|补偿|理赔|赔付"),
        ("redeliver", "redeliver|redelivery|deliver again|resend|send again|send it again|reship|deliver it again|" +
            "重新派送|重新配送|再送|重新发货|补发|重发|重新送"),
        ("replacement", "replacement|replace it|new one|换货|换一个|更换"),
        ("apology", "apology|apologize|apologise|say sorry|道歉|赔礼"),
    ];

    private static readonly (Cue, string)[] Cues =
    [
        (Cue.ComplaintTerm, "complaint|complain|case|ticket|claim|投诉|工单|反映的问题|理赔"),
        (Cue.StatusTerm,
            "status|update|progress|any news|what happened|follow up|followup|result|outcome|resolved|heard back|" +
            "hear back|check on|check|how is|response|reply|" +
            "进度|进展|处理得|处理结果|结果|怎么样了|有消息|回复|跟进|处理了吗|解决了吗|还没处理|还没回复|查一下|查查|处理到|到哪一步|有结果"),
        (Cue.PriorTerm,
            "already complained|complained before|last week|earlier|previous|submitted|filed|opened|" +
            "之前|上次|已经投诉|提交过|投诉过|上周|前几天|what's happening|where you are with|where are you with"),
    ];
}
