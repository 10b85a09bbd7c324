using Bot.Domain.Language;

namespace Bot.Language.Offline;

/// Evidence for each complaint category of DOMAIN.md §10 R3, English and Chinese.
internal static class CategoryLexicon
{
    public static IEnumerable<(string, Feature)> Entries()
    {
        foreach (var (category, words) in Table)
        {
            foreach (var entry in words.Split('|'))
            {
                var parts = entry.Split('=');
                var weight = parts.Length > 1 ? double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : 2;
                yield return (parts[0].Trim(), Feature.For(category, weight));
            }
        }
    }

    private static readonly (ComplaintCategory, string)[] Table =
    [
        (ComplaintCategory.Delay,
            "late|delay|delayed|overdue|taking forever|too long|still not arrived|still hasn't arrived|hasn't arrived|" +
            "not arrived|didn't arrive|never arrived|still waiting|waiting for days=2.5|days late=2.5|weeks=1|days=0.8|" +
            "slow=1.5|behind schedule|missed the delivery date|" +
            "延误|延迟|迟到|晚到|还没到|还没有到|还没收到=1.5|没到|还不到|太慢|慢=1|好几天|超时|迟迟|拖了|等了=1.5|一直没|天了=1"),
        (ComplaintCategory.DamageOrDeterioration,
            "damaged|damage|broken|broke|smashed|crushed|cracked|wet|leaking|leaked|torn|dented|spoiled|rotten|melted|" +
            "shattered|scratched|destroyed|ruined|soaked|in the rain|" +
            "破损|坏了|损坏|碎了|压坏|摔坏|变质|漏了|湿了|烂了|破了|压扁|摔碎|坏掉|划痕|变形|损毁"),
        (ComplaintCategory.ShortageOrLoss,
            "lost|missing|never received|not received|haven't received|didn't receive|stolen|incomplete|disappeared|" +
            "only received|items missing|part of my order|short=1|opened=1.5|resealed|tampered|" +
            "丢了|丢失|少了|缺少|不见了|遗失|没收到|没有收到|少件|被偷|弄丢|少发|漏发|缺件"),
        (ComplaintCategory.DispatchOrDocumentError,
            "wrong item|wrong address|wrong parcel|wrong package|wrong person|wrong label|mislabeled|mislabelled|" +
            "misdelivered|someone else's|wrong invoice|wrong name|wrong city|sent to the wrong|wrong=1|" +
            "发错|送错|寄错|错件|地址错|错了地址|面单|单据|送到别人|错发|写错"),
        (ComplaintCategory.StaffAttitudeOrConduct,
            "rude|impolite|attitude|shouted|yelled|unprofessional|arrogant|insulted|swore|disrespectful|hung up|" +
            "courier was rude|driver was rude|" +
            "态度|骂人|不礼貌|凶|态度差|脾气|嚣张|爱答不理|不耐烦|挂电话|骂我|吼"),
        (ComplaintCategory.DeliveryHandling,
            "left at the door|left outside|left it outside|threw|thrown|didn't call|without calling|didn't knock|" +
            "locker|parcel locker|fake signature|signed for|marked as delivered|says delivered|didn't deliver to|" +
            "refused to deliver|upstairs|doorstep|pickup point|" +
            "放门口|快递柜|驿站|代签|没打电话|不送上楼|乱扔|扔|不送货上门|签收|显示已签收|丰巢|不上门|放在门口"),
        (ComplaintCategory.TrackingInfoSlowOrMissing,
            "no update|not updated|no tracking|tracking hasn't|no information|stuck|status hasn't changed|no updates|" +
            "tracking not working|tracking info|tracking shows nothing|hasn't moved|not moving|" +
            "物流信息=1.5|不更新|没更新|查不到|没有物流|信息没有|没有信息|不动了|停滞|一直显示"),
        (ComplaintCategory.PriceOrBilling,
            "overcharged|charged=1.5|charge=1|bill=1|billing=1.5|invoice=1|price=1|fee=1|fees=1|expensive=1.5|double charged|extra fee|" +
            "payment=1|shipping cost=1|charged twice=1|" +
            "多收|收费=1|扣费|价格=1|运费=1|发票=1|账单=1|乱收费|贵=1|多扣|收钱=1|费用=1|扣了=1.5|两次=1"),
        (ComplaintCategory.ValueAddedServiceFailure,
            "installation|install|installed|packaging=1.5|packing=1.5|cash on delivery|insurance|insured|assembly|" +
            "return service|pickup never came|didn't pick up|never picked up|" +
            "安装|包装=1.5|代收货款|保价|上门取件|没来取|不来取|退货服务|组装"),
        (ComplaintCategory.AccidentOrIncident,
            "accident|fire|crash|crashed|injured|injury|hurt|foreign object|contaminated|spill|spilled|dangerous|explosion|" +
            "事故|着火|受伤|撞|异物|污染|危险品|爆炸|起火|撞车"),
    ];
}
