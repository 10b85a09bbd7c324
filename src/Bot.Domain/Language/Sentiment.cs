namespace Bot.Domain.Language;

public enum Sentiment
{
    Neutral,
    Positive,
    Negative,
    StronglyNegative,
}
