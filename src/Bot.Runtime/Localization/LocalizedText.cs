using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text;
using System.Text.RegularExpressions;

namespace Bot.Runtime.Localization;

/// <summary>
/// User-facing text of one .resx area (en-US neutral + zh-CN satellite), looked up by name and locale; a name missing
/// in zh-CN falls back to en-US.
/// </summary>
public sealed partial class LocalizedText(ResourceManager resources)
{
    /// <summary>The strings of <c>{assembly root namespace}.Resources.{area}</c>, e.g. "InterruptionStrings".</summary>
    public static LocalizedText For(Assembly assembly, string baseName) => new(new ResourceManager(baseName, assembly));

    /// <exception cref="InvalidOperationException">The resource does not exist.</exception>
    public string Get(string name, string? locale, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var culture = BotLocales.Culture(locale);
        var format = resources.GetString(name, culture)
            ?? throw new InvalidOperationException($"The resource '{name}' does not exist in {resources.BaseName}.");
        return args.Length == 0 ? format : string.Format(culture, format, args);
    }

    /// <summary>
    /// Finds which of these resources produced <paramref name="text"/> in <paramref name="fromLocale"/> (format
    /// arguments included) and renders the same resource with the same arguments in <paramref name="toLocale"/>.
    /// Used to re-ask a stored question in a language the user switched to.
    /// </summary>
    public bool TryTranslate(string text, string fromLocale, string toLocale, out string translated)
    {
        ArgumentNullException.ThrowIfNull(text);
        translated = text;
        var from = BotLocales.Culture(fromLocale);
        var to = BotLocales.Culture(toLocale);
        var names = resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true);
        if (names is null)
        {
            return false;
        }
        foreach (DictionaryEntry entry in names)
        {
            if (entry.Key is not string name || resources.GetString(name, from) is not { } format)
            {
                continue;
            }
            if (Match(format, text) is { } args && resources.GetString(name, to) is { } target)
            {
                translated = args.Length == 0 ? target : string.Format(to, target, args);
                return true;
            }
        }
        return false;
    }

    // A format like "Thanks {0}, what is your order number?" becomes a pattern whose groups give back the arguments.
    private static object?[]? Match(string format, string text)
    {
        var placeholders = Placeholder().Matches(format);
        if (placeholders.Count == 0)
        {
            return string.Equals(format, text, StringComparison.Ordinal) ? [] : null;
        }
        if (!Placeholder().Replace(format, string.Empty).Any(char.IsLetter))
        {
            // "{0}" or "{0} – {1}" would match any text: such a format says nothing about where a text came from.
            return null;
        }
        var pattern = new StringBuilder("^");
        var seen = new HashSet<int>();
        var position = 0;
        foreach (Match placeholder in placeholders)
        {
            pattern.Append(Regex.Escape(Unescape(format[position..placeholder.Index])));
            var index = int.Parse(placeholder.Groups[1].Value, CultureInfo.InvariantCulture);
            pattern.Append(seen.Add(index) ? $"(?<a{index}>.+?)" : $"\\k<a{index}>");
            position = placeholder.Index + placeholder.Length;
        }
        pattern.Append(Regex.Escape(Unescape(format[position..]))).Append('$');
        var match = Regex.Match(text, pattern.ToString(), RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        if (!match.Success)
        {
            return null;
        }
        var args = new object?[seen.Max() + 1];
        foreach (var index in seen)
        {
            args[index] = match.Groups[$"a{index}"].Value;
        }
        return args;
    }

    private static string Unescape(string literal) => literal.Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal);

    [GeneratedRegex(@"(?<!\{)\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
