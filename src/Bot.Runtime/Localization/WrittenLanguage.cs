using Bot.Runtime.Dialogs.Interruptions;

namespace Bot.Runtime.Localization;

/// <summary>
/// The language a message is clearly written in: zh-CN when Chinese characters outnumber the letters of its Latin words,
/// en-US when it has at least two Latin words and no other letters; null when it does not say (a tracking number, "ok",
/// mixed text). Codes such as RA123456789CN are not words. A request to switch language ("中文", "English") is left to
/// the language-switch interruption, which makes it the user's choice.
/// </summary>
public static class WrittenLanguage
{
    private static readonly InterruptionRecognizer Interruptions = new();

    public static string? Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || Interruptions.Recognize(text)?.Kind == InterruptionKind.SwitchLanguage)
        {
            return null;
        }
        var (han, otherLetters, words, wordLetters) = Count(text);
        if (han > 0 && han > wordLetters)
        {
            return BotLocales.Chinese;
        }
        return han == 0 && otherLetters == 0 && words >= 2 ? BotLocales.English : null;
    }

    private static (int Han, int OtherLetters, int Words, int WordLetters) Count(string text)
    {
        int han = 0, other = 0, words = 0, wordLetters = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsHan(c))
            {
                han++;
                i++;
            }
            else if (char.IsLetterOrDigit(c))
            {
                // A run of letters and digits: a word when it is all ASCII letters (an apostrophe may join them).
                var start = i;
                var ascii = true;
                var digits = false;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '’' && i > start)) && !IsHan(text[i]))
                {
                    ascii &= char.IsAsciiLetter(text[i]) || text[i] is '\'' or '’' || char.IsAsciiDigit(text[i]);
                    digits |= char.IsDigit(text[i]);
                    if (char.IsLetter(text[i]) && !char.IsAsciiLetter(text[i]))
                    {
                        other++;
                    }
                    i++;
                }
                if (ascii && !digits)
                {
                    words++;
                    wordLetters += i - start;
                }
            }
            else
            {
                i++;
            }
        }
        return (han, other, words, wordLetters);
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or '〇';
}
