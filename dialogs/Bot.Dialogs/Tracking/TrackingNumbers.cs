using System.Text.RegularExpressions;

namespace Bot.Dialogs.Tracking;

/// <summary>
/// Finds tracking numbers anywhere in a message: UPU S10 (RA123456789CN), company-prefixed (SF1234567890123) and long
/// numeric waybills (10–15 digits). An 11-digit number that looks like a Chinese mobile number is not taken for one.
/// Interim: the language-understanding work (issue 4) brings configurable formats.
/// </summary>
public static partial class TrackingNumbers
{
    public static IReadOnlyList<string> FindAll(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var found = new List<string>();
        foreach (Match match in Candidate().Matches(text.Normalize(System.Text.NormalizationForm.FormKC)))
        {
            var number = match.Value.ToUpperInvariant();
            if (!MobilePhone().IsMatch(number) && !found.Contains(number))
            {
                found.Add(number);
            }
        }
        return found;
    }

    // Letters and digits glued to the match would make it part of another word, so they are excluded on both sides.
    [GeneratedRegex(@"(?<![A-Za-z0-9])(?:[A-Za-z]{2}\d{9}[A-Za-z]{2}|[A-Za-z]{2,4}\d{10,15}|\d{10,15})(?![A-Za-z0-9])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Candidate();

    [GeneratedRegex(@"^1[3-9]\d{9}$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MobilePhone();
}
