using System.Text.RegularExpressions;
using Bot.Domain.Language;
using Microsoft.Extensions.Options;

namespace Bot.Language.Tracking;

/// <summary>Finds every tracking number in a message in the configured formats, normalised and deduplicated.</summary>
public sealed class TrackingNumberFinder
{
    private readonly Regex _pattern;
    private readonly bool _requireValidS10;

    public TrackingNumberFinder(IOptions<LanguageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var formats = options.Value.TrackingNumberFormats.Values.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        // One alternation compiled once; a number must not be glued to other letters or digits.
        var alternation = formats.Count == 0 ? "(?!)" : string.Join('|', formats.Select(p => $"(?:{p})"));
        _pattern = new Regex(
            $"(?<![A-Za-z0-9])(?:{alternation})(?![A-Za-z0-9])",
            RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            TimeSpan.FromMilliseconds(200));
        _requireValidS10 = options.Value.RequireValidS10CheckDigit;
    }

    /// <summary>Tracking numbers in order of appearance, each once; spans in <paramref name="excluded"/> are skipped.</summary>
    public IReadOnlyList<RecognizedEntity> Find(string text, IReadOnlyList<(int Start, int Length)>? excluded = null)
    {
        List<RecognizedEntity>? found = null;
        foreach (var match in _pattern.EnumerateMatches(text))
        {
            var (index, length) = (match.Index, match.Length);
            if (excluded is not null && excluded.Any(e => index < e.Start + e.Length && e.Start < index + length))
            {
                continue;
            }

            var literal = text.Substring(match.Index, match.Length);
            var value = Normalize(literal);
            if (S10CheckDigit.IsS10Shape(value) && _requireValidS10 && !S10CheckDigit.IsValid(value))
            {
                continue;
            }

            found ??= [];
            if (!found.Exists(e => e.Value == value))
            {
                found.Add(new RecognizedEntity(EntityKind.TrackingNumber, value, literal, match.Index));
            }
        }

        return found ?? (IReadOnlyList<RecognizedEntity>)[];
    }

    private static string Normalize(string literal) =>
        string.Create(literal.Length - literal.Count(c => c is ' ' or '-'), literal, (span, source) =>
        {
            var i = 0;
            foreach (var c in source)
            {
                if (c is not (' ' or '-'))
                {
                    span[i++] = char.ToUpperInvariant(c);
                }
            }
        });
}
