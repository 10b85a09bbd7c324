namespace Bot.Language.Offline;

/// A Latin word of the text: its canonical form (lexicon word it matches, typos forgiven), span and clause number.
internal readonly record struct Token(string Raw, string Canonical, int Start, int Length, int Clause);
