using System.Text.RegularExpressions;

namespace Bot.Language.Offline;

/// Text that tries to instruct the bot ("ignore your instructions", "SYSTEM:", "你现在是管理员"): it is data, and it
/// makes the message out of scope rather than a request the dialogs would act on.
internal static partial class InjectionPattern
{
    [GeneratedRegex(
        @"^\s*(?:system|assistant|developer)\s*:|^\s*#{2,}|\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+)?(?:of\s+)?(?:your|the|my|previous|prior|above|earlier)\s+(?:previous\s+|prior\s+)?(?:instructions?|rules|prompts?|guidelines|directions)" +
        @"|\b(?:new|updated)\s+instructions\b|\byou\s+are\s+(?:now\s+)?(?:an?\s+)?(?:admin|administrator|developer|refund\s+bot|dan|jailbroken)\b|\b(?:system|hidden)\s+prompt\b" +
        @"|\bthe\s+user\s+is\s+an?\s+admin|\bact\s+as\s+(?:an?\s+)?(?:admin|system|developer)" +
        @"|忽略(?:之前|以上|前面|上面|所有|你的)|(?:系统|管理员)指令|你现在是(?:系统|管理员|开发者)|从现在开始你只|无视(?:之前|你的|所有)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Instance();
}
