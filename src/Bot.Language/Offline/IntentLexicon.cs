using Bot.Domain.Language;

namespace Bot.Language.Offline;

/// Weighted words and phrases that are evidence for each intent, English and Chinese.
internal static class IntentLexicon
{
    public static IEnumerable<(string, Feature)> Entries()
    {
        foreach (var (intent, words) in Table)
        {
            foreach (var entry in words.Split('|'))
            {
                var parts = entry.Split('=');
                yield return (parts[0].Trim(), Feature.For(intent, double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)));
            }
        }
    }

    private static readonly (Intent, string)[] Table =
    [
        (Intent.TrackShipment,
            "track=2.5|tracking=2|trace=2|where is my=2.5|where's my=2.5|wheres my=2.5|where is the=1.5|where my=2|" +
            "locate=2|find my=1.5|status of my parcel=2|status of my package=2|status of my order=2|shipment status=2.5|" +
            "parcel=0.8|package=0.8|shipment=0.8|on the way=2|coming=1.2|hasn't arrived=1.5|not arrived yet=1.5|delivery=0.6|waybill=1.5|tracking number=1|when will=1.5|when will it arrive=2|" +
            "arrive=0.8|arriving=0.8|eta=2|out for delivery=1.5|in transit=1.5|has it shipped=2|check my parcel=2|check my package=2|" +
            "check my order=2|check on my order=2|my order=0.5|courier=0.5|" +
            "查快递=3|查物流=3|查件=3|查单=2.5|查询=1.5|查一下=1.5|查下=1.5|帮我查=2|跟踪=2|追踪=2|物流=1.2|快递=0.8|包裹=0.8|运单=1.5|" +
            "单号=1|到哪=2.5|在哪=2|到了没=2|到了吗=2|什么时候到=2.5|什么时候能到=2.5|几时到=2.5|多久到=2|派送=0.8|配送=0.8|发货了吗=2|" +
            "到哪里了=1|寄到哪=2|货=0.5|还没到=2|还没收到=1.5|还不来=2|还没来=2"),
        (Intent.FileComplaint,
            "complain=3|complaint=2.5|file a complaint=1|make a complaint=1|lodge a complaint=1|report a problem=2.5|" +
            "report an issue=2.5|want to report=2.5|report that=2|problem with=1.5|issue with=1.5|unacceptable=1.5|not happy=1.5|unhappy=1.5|dissatisfied=2|" +
            "ridiculous=1|terrible service=2|poor service=2|bad service=2|worst=1|" +
            // The seed's delay complaint: "I handed my goods to you 10+ days ago, why haven't they arrived?"
            "why haven't they arrived=3|why hasn't it arrived=3|why hasn't my=2|why haven't my=2|still not here=2|" +
            "怎么还没有到=3|怎么还没到=2.5|怎么还不到=2.5|怎么还没送到=3|" +
            "投诉=3|我要投诉=1|举报=2|不满=2|不满意=1|太差=1.5|差劲=1.5|有问题=1.5|出问题=1.5|反映问题=2.5|要个说法=2.5|给个说法=2.5"),
        (Intent.CheckComplaint,
            "complaint status=3.5|complaint reference=3|complaint number=3|reference number=1.5|case number=2.5|ticket=2|" +
            "my case=2|投诉单=2.5|投诉编号=3|工单=2.5|投诉进度=4|处理进度=3|投诉结果=3.5"),
        (Intent.TalkToPerson,
            "human=3|real person=3.5|a person=2.5|live person=3.5|someone real=3|agent=3|live agent=3.5|representative=3|" +
            "operator=2.5|customer service=2|customer support=2|connect me=1.5|talk to=1|speak to=1|someone i can=1.5|robot=-2.5|bot=-2|speak to someone=3|talk to someone=3|speak with someone=3|" +
            "talk to a person=1|transfer me=2.5|manager=2|supervisor=2.5|staff=1|call me=1|phone me=1|not a bot=2.5|" +
            "no bot=2|stop the bot=2|" +
            "人工=3|转人工=1.5|人工客服=1|真人=3|客服=1.5|找客服=2|转接=2.5|客服人员=1.5|跟人说=3|和人说=3|跟人聊=3|机器人=-2.5|机器=-1|活人=3|找人=2|经理=2|主管=2|负责人=2|打电话给我=1.5|不要机器人=2"),
        (Intent.Greeting,
            "hi=2|hello=2.5|hey=2|yo=2|sup=1.5|hiya=2|good morning=2.5|good afternoon=2.5|good evening=2.5|greetings=2|howdy=2|" +
            "你好=2.5|您好=2.5|早上好=2.5|下午好=2.5|晚上好=2.5|嗨=2|哈喽=2.5|在吗=2|在不在=2"),
        (Intent.Help,
            "help=2|what can you do=3|what do you do=2.5|how does this work=2.5|how do i use=2|options=1.5|menu=2.5|" +
            "how to use=2|what are my options=3|what kind of questions=3|what questions=2|can you answer=2|explain=1.5|what is this=1.5|" +
            "what this service=2|what should i do=2.5|how do i=1.5|how can i=1|" +
            "帮助=2.5|帮忙=1.5|怎么办=2|怎么操作=2.5|帮我做=2|做些什么=2|做什么=1.5|干什么=1.5|能查什么=3|查什么=1.5|你能做什么=3|能做什么=2.5|能干什么=2.5|怎么用=2.5|功能=1.5|菜单=2.5|有什么服务=2.5|使用说明=2.5"),
        (Intent.Cancel,
            "cancel=3.5|never mind=3|nevermind=3|forget=2.5|forget it=1|scrap that=3|scratch that=3|drop it=2.5|stop=2|quit=2.5|exit=2.5|abort=2.5|start over=3|restart=2.5|" +
            "go back=2|leave it=2|" +
            "取消=3.5|算了=3|不用了=2.5|不办了=3|停止=2.5|退出=2.5|重新开始=3|返回=2|不要了=2|别管了=2.5"),
        (Intent.ThanksGoodbye,
            "thanks=3|thank=3|thx=3|ty=2|cheers=2|bye=3|goodbye=3|good bye=3|see you=2.5|see ya=2.5|that's all=2.5|that is all=2.5|" +
            "have a nice day=2.5|appreciate it=2.5|" +
            "谢谢=3|多谢=3|感谢=2.5|谢啦=3|谢了=3|辛苦了=2.5|再见=3|拜拜=3|没事了=2.5|没有了=2|就这样=2|好的谢谢=1"),
        (Intent.GiveFeedback,
            "feedback=3|suggestion=3|suggest=2.5|compliment=3|praise=2.5|great service=3|good service=2.5|excellent service=3|" +
            "good job=2.5|great job=2.5|well done=2.5|stars=2.5|you should add=3|should add=1|would be nice=2|went out of his way=2.5|went out of her way=2.5|lovely=1.5|rate=1.5|rating=2|review=2|improve=2|improvement=2|satisfied=1.5|kudos=2.5|" +
            "love your service=3|you guys are great=3|" +
            "建议=2.5|反馈=2.5|意见=2|表扬=3|点赞=3|好评=3|服务很好=3|服务不错=3|满意=1.5|评价=2|改进=2|夸=2|打分=3|打个分=3|评分=3"),
        (Intent.ChangeLanguage,
            "language=2.5|chinese=2|english=2|mandarin=2.5|in english=1|in chinese=1|speak english=1.5|speak chinese=1.5|" +
            "change language=1|switch language=1|" +
            "中文=2.5|英文=2.5|英语=2.5|汉语=2.5|普通话=2.5|说中文=1|讲中文=1|用中文=1|切换语言=3.5|换语言=3|语言=1.5"),
    ];
}
