namespace Bot.Domain.Surveys;

/// <summary>
/// The customer satisfaction index of DOMAIN.md §2.2 / R17: C = b/a for the expected score a and the perceived score b,
/// read in bands with a tolerance ε around 1, and the gap b − a (positive = satisfied; the seed's sign corrected, §2.1).
/// With nothing expected (a = 0) C is undefined (<see cref="Ratio"/> null): getting something reads as very satisfied,
/// getting nothing as fairly satisfied (the gap is 0).
/// </summary>
public sealed record SatisfactionIndex
{
    /// <summary>The tolerance ε used when none is configured.</summary>
    public const double DefaultTolerance = 0.1;

    private SatisfactionIndex(int expected, int perceived, double? ratio, SatisfactionBand band)
    {
        Expected = expected;
        Perceived = perceived;
        Ratio = ratio;
        Band = band;
    }

    public int Expected { get; }

    public int Perceived { get; }

    /// <summary>C = b/a; null when a = 0.</summary>
    public double? Ratio { get; }

    /// <summary>b − a: above 0 satisfied, 0 basic acceptance, below 0 dissatisfied.</summary>
    public int Gap => Perceived - Expected;

    public SatisfactionBand Band { get; }

    /// <exception cref="ArgumentOutOfRangeException">A score is negative, or ε is outside [0, 1).</exception>
    public static SatisfactionIndex Compute(int expected, int perceived, double tolerance = DefaultTolerance)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(expected);
        ArgumentOutOfRangeException.ThrowIfNegative(perceived);
        if (double.IsNaN(tolerance) || tolerance < 0 || tolerance >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance ε must be at least 0 and below 1.");
        }
        if (expected == 0)
        {
            return new SatisfactionIndex(expected, perceived, null, perceived > 0 ? SatisfactionBand.VerySatisfied : SatisfactionBand.FairlySatisfied);
        }
        var ratio = (double)perceived / expected;
        var band = ratio switch
        {
            0 => SatisfactionBand.NotMetAtAll,
            _ when ratio < 1 - tolerance => SatisfactionBand.Dissatisfied,
            _ when ratio > 1 + tolerance => SatisfactionBand.VerySatisfied,
            _ => SatisfactionBand.FairlySatisfied,
        };
        return new SatisfactionIndex(expected, perceived, ratio, band);
    }

    /// <summary>The index of a survey's expected and perceived answers, or null when either was not given.</summary>
    public static SatisfactionIndex? Of(SurveyAnswers answers, double tolerance = DefaultTolerance)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return answers is { Expected: { } a, Perceived: { } b } ? Compute(a, b, tolerance) : null;
    }
}
