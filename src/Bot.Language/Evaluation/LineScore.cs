namespace Bot.Language.Evaluation;

/// <summary>How many of the counted lines were right.</summary>
public sealed record LineScore(int Lines, int Correct)
{
    public double Rate => Lines == 0 ? 1 : (double)Correct / Lines;
}
