namespace Bot.Language.Offline;

/// The one keyword matcher over all offline lexicons, built once: immutable lookup tables, like compiled regexes.
internal static class OfflineLexicon
{
    public static readonly KeywordMatcher Matcher =
        new(IntentLexicon.Entries().Concat(CategoryLexicon.Entries()).Concat(ToneLexicon.Entries()));
}
