namespace Bot.Language.Tracking;

/// UPU S10 check digit: weights 8 6 4 2 3 5 9 7 over the serial, 11 − (sum mod 11), with 10 → 0 and 11 → 5.
internal static class S10CheckDigit
{
    private static readonly int[] Weights = [8, 6, 4, 2, 3, 5, 9, 7];

    public static bool IsS10Shape(string value) =>
        value.Length == 13 && char.IsAsciiLetter(value[0]) && char.IsAsciiLetter(value[1])
        && value.AsSpan(2, 9).IndexOfAnyExceptInRange('0', '9') < 0
        && char.IsAsciiLetter(value[11]) && char.IsAsciiLetter(value[12]);

    public static bool IsValid(string value)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (value[2 + i] - '0') * Weights[i];
        }

        var check = 11 - (sum % 11);
        check = check switch { 10 => 0, 11 => 5, _ => check };
        return value[10] - '0' == check;
    }
}
