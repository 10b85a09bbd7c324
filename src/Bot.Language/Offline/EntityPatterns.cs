using System.Text.RegularExpressions;

namespace Bot.Language.Offline;

/// Source-generated patterns for the fixed-format entities (tracking formats are configurable and live elsewhere).
internal static partial class EntityPatterns
{
    // Complaint references are issued as CMP-YYYY-NNNNNN; spaces or missing dashes are forgiven when quoted back.
    [GeneratedRegex(@"(?<![A-Za-z0-9])CMP[- ]?(?<year>\d{4})[- ]?(?<serial>\d{6})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ComplaintReference();

    [GeneratedRegex(
        @"(?<![\d+])(?:(?:\+|00)86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?!\d)" +
        @"|(?<![\d+])\+[1-9]\d{0,3}(?:[ -]?\d){6,13}(?!\d)" +
        @"|(?<!\d)(?:\(0\d{2,3}\)[ -]?|0\d{2,3}-)\d{7,8}(?!\d)",
        RegexOptions.CultureInvariant)]
    public static partial Regex Phone();

    [GeneratedRegex(
        @"(?:\border(?:[ ]?(?:number|no\.?|num|id|#))?|订单(?:号|编号)?)[\s:：#]*(?:is\s+|是|为)?[\s:：#]*(?<id>[A-Za-z]{0,4}-?\d[A-Za-z0-9-]{3,24})(?![A-Za-z0-9])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex OrderNumber();

    [GeneratedRegex(@"(?<!\d)(?<y>20\d{2})[-/.年](?<m>\d{1,2})[-/.月](?<d>\d{1,2})[日号]?(?!\d)", RegexOptions.CultureInvariant)]
    public static partial Regex IsoDate();

    [GeneratedRegex(@"(?<![\d年])(?<m>\d{1,2})月(?<d>\d{1,2})[日号]", RegexOptions.CultureInvariant)]
    public static partial Regex ChineseMonthDay();

    [GeneratedRegex(
        @"\b(?:(?<m>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?" +
        @"|(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\b(?:,?\s*(?<y>20\d{2}))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex EnglishMonthDay();

    [GeneratedRegex(
        @"\b(?<w>day before yesterday|day after tomorrow|today|tomorrow|yesterday|tonight)\b|(?<w>大前天|前天|昨天|昨日|今天|今日|明天|明日|后天)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex RelativeDay();
}
