namespace Bot.Runtime.Recognizers;

// Chinese numerals: 三, 十五, 二十一, 一百零五, 两千, 三万五千, 二〇二六 (digit by digit), 三点五.
internal static class ChineseNumerals
{
    public static bool IsNumeral(char c) => Digit(c) >= 0 || Unit(c) > 0 || c is '万' or '亿';

    public static int Digit(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' or '壹' => 1,
        '二' or '两' or '贰' => 2,
        '三' or '叁' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    private static int Unit(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1000,
        _ => 0,
    };

    public static decimal? Parse(ReadOnlySpan<char> run)
    {
        if (run.IsEmpty)
        {
            return null;
        }
        var point = run.IndexOf('点');
        if (point > 0)
        {
            var whole = Parse(run[..point]);
            var fraction = DigitSequence(run[(point + 1)..]);
            return whole is null || fraction is null ? null : whole + fraction.Value.Value / Pow10(fraction.Value.Length);
        }
        if (!run.ContainsAny('十', '百', '千') && !run.ContainsAny('万', '亿', '拾') && !run.ContainsAny('佰', '仟'))
        {
            return DigitSequence(run)?.Value;
        }
        decimal total = 0, section = 0, number = 0;
        foreach (var c in run)
        {
            var digit = Digit(c);
            if (digit >= 0)
            {
                number = digit;
                continue;
            }
            var unit = Unit(c);
            if (unit > 0)
            {
                section += (number == 0 ? 1 : number) * unit;
                number = 0;
            }
            else if (c == '万')
            {
                total += (section + number) * 10_000;
                section = number = 0;
            }
            else if (c == '亿')
            {
                total = (total + section + number) * 100_000_000;
                section = number = 0;
            }
            else
            {
                return null;
            }
        }
        return total + section + number;
    }

    private static (decimal Value, int Length)? DigitSequence(ReadOnlySpan<char> run)
    {
        if (run.IsEmpty)
        {
            return null;
        }
        decimal value = 0;
        foreach (var c in run)
        {
            var digit = Digit(c);
            if (digit < 0)
            {
                return null;
            }
            value = value * 10 + digit;
        }
        return (value, run.Length);
    }

    private static decimal Pow10(int exponent)
    {
        decimal result = 1;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }
        return result;
    }
}
