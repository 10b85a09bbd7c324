using System.Globalization;
using System.Text;
using Bot.Domain.Language;

namespace Bot.Language.AzureOpenAI;

// Keeps only the entities whose text literally appears in the customer's text (ignoring case, width and whitespace),
// and derives identifier values from that text rather than trusting the model's value.
internal static class EntityGrounding
{
    public static IReadOnlyList<RecognizedEntity> Ground(
        string customerText, IEnumerable<ModelEntity> entities, Action<EntityKind> dropped)
    {
        var haystack = Normalize(customerText);
        var kept = new List<RecognizedEntity>();
        foreach (var entity in entities)
        {
            var kind = ModelReplyReader.ReadName<EntityKind>(entity.Kind, "entity kind");
            var needle = Normalize(entity.Text);
            var value = needle.Length == 0 || !haystack.Contains(needle, StringComparison.Ordinal) ? null : ValueOf(kind, entity);
            if (string.IsNullOrEmpty(value))
            {
                dropped(kind);
                continue;
            }
            if (kept.Any(k => k.Kind == kind && k.Value == value))
            {
                continue;
            }
            kept.Add(new RecognizedEntity(kind, value, entity.Text, customerText.IndexOf(entity.Text, StringComparison.OrdinalIgnoreCase)));
        }
        return kept;
    }

    private static string? ValueOf(EntityKind kind, ModelEntity entity)
    {
        var text = entity.Text.Normalize(NormalizationForm.FormKC);
        return kind switch
        {
            EntityKind.TrackingNumber => Compact(text, keep: char.IsAsciiLetterOrDigit).ToUpperInvariant(),
            EntityKind.ComplaintReference or EntityKind.OrderNumber =>
                Compact(text, keep: c => char.IsAsciiLetterOrDigit(c) || c == '-').ToUpperInvariant(),
            EntityKind.PhoneNumber => Compact(text, keep: c => char.IsAsciiDigit(c) || c == '+') is { Length: >= 5 } phone ? phone : null,
            EntityKind.Date => DateOnly.TryParseExact(entity.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                ? entity.Value
                : null,
            EntityKind.ComplaintCategory => ModelReplyReader.TryReadName<ComplaintCategory>(entity.Value, out var category)
                ? category.ToString()
                : null,
            _ => entity.Value.Trim() is { Length: > 0 and <= 200 } resolution ? resolution : null,
        };
    }

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        return builder.ToString();
    }

    private static string Compact(string text, Func<char, bool> keep) => string.Concat(text.Where(keep));
}
