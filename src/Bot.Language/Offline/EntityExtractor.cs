using System.Text.RegularExpressions;
using Bot.Domain.Language;
using Bot.Language.Tracking;

namespace Bot.Language.Offline;

/// Finds the fixed-format entities of a message: complaint references, phones, order numbers, tracking numbers, dates.
internal static class EntityExtractor
{
    public static List<RecognizedEntity> Extract(string text, DateOnly today, TrackingNumberFinder tracking)
    {
        var entities = new List<RecognizedEntity>();
        var taken = new List<(int Start, int Length)>();

        foreach (Match m in EntityPatterns.ComplaintReference().Matches(text))
        {
            var value = $"CMP-{m.Groups["year"].Value}-{m.Groups["serial"].Value}";
            AddOnce(entities, new RecognizedEntity(EntityKind.ComplaintReference, value, m.Value, m.Index));
            taken.Add((m.Index, m.Length));
        }

        foreach (Match m in EntityPatterns.Phone().Matches(text))
        {
            if (Overlaps(taken, m.Index, m.Length))
            {
                continue;
            }

            AddOnce(entities, new RecognizedEntity(EntityKind.PhoneNumber, NormalizePhone(m.Value), m.Value, m.Index));
            taken.Add((m.Index, m.Length));
        }

        foreach (Match m in EntityPatterns.OrderNumber().Matches(text))
        {
            var id = m.Groups["id"];
            if (Overlaps(taken, id.Index, id.Length))
            {
                continue;
            }

            AddOnce(entities, new RecognizedEntity(EntityKind.OrderNumber, id.Value.ToUpperInvariant(), id.Value, id.Index));
            taken.Add((id.Index, id.Length));
        }

        entities.AddRange(tracking.Find(text, taken));
        DateFinder.Find(text, today, entities);
        return entities;
    }

    private static bool Overlaps(List<(int Start, int Length)> taken, int start, int length) =>
        taken.Exists(t => start < t.Start + t.Length && t.Start < start + length);

    private static void AddOnce(List<RecognizedEntity> entities, RecognizedEntity entity)
    {
        if (!entities.Exists(e => e.Kind == entity.Kind && e.Value == entity.Value))
        {
            entities.Add(entity);
        }
    }

    // Chinese numbers keep their national form (13812345678, 010-12345678); international ones keep the plus.
    private static string NormalizePhone(string literal)
    {
        var digits = new string(literal.Where(char.IsAsciiDigit).ToArray());
        if (literal.StartsWith("+86", StringComparison.Ordinal) || literal.StartsWith("0086", StringComparison.Ordinal))
        {
            return digits[(literal[0] == '+' ? 2 : 4)..];
        }

        if (literal.StartsWith('+'))
        {
            return "+" + digits;
        }

        if (literal.StartsWith('(') || literal.Contains('-', StringComparison.Ordinal) && literal[0] == '0')
        {
            var areaLength = literal.StartsWith('(') ? literal.IndexOf(')', StringComparison.Ordinal) - 1 : literal.IndexOf('-', StringComparison.Ordinal);
            return $"{digits[..areaLength]}-{digits[areaLength..]}";
        }

        return digits;
    }
}
