using Bot.Domain.Surveys;

namespace Bot.Domain.Tests.Surveys;

public sealed class SatisfactionIndexTests
{
    [Theory]
    [InlineData(5, 4, -1)]
    [InlineData(5, 5, 0)]
    [InlineData(4, 5, 1)]
    public void Gap_is_perceived_minus_expected_so_a_positive_gap_means_satisfied(int expected, int perceived, int gap)
    {
        Assert.Equal(gap, SatisfactionIndex.Compute(expected, perceived).Gap);
    }

    [Theory]
    [InlineData(5, 4, 0.1, SatisfactionBand.Dissatisfied)]
    [InlineData(5, 1, 0.1, SatisfactionBand.Dissatisfied)]
    [InlineData(4, 4, 0.1, SatisfactionBand.FairlySatisfied)]
    [InlineData(5, 4, 0.2, SatisfactionBand.FairlySatisfied)]
    [InlineData(4, 5, 0.3, SatisfactionBand.FairlySatisfied)]
    [InlineData(4, 5, 0.1, SatisfactionBand.VerySatisfied)]
    [InlineData(1, 5, 0.1, SatisfactionBand.VerySatisfied)]
    [InlineData(3, 0, 0.1, SatisfactionBand.NotMetAtAll)]
    public void Index_is_read_in_the_bands_of_the_seed_with_a_tolerance_around_one(int expected, int perceived, double tolerance, SatisfactionBand band)
    {
        var index = SatisfactionIndex.Compute(expected, perceived, tolerance);

        Assert.Equal(band, index.Band);
        Assert.Equal((double)perceived / expected, index.Ratio);
    }

    [Fact]
    public void Index_exactly_at_the_tolerance_edge_is_fairly_satisfied()
    {
        // 3/4 = 1 − 0.25 and 5/4 = 1 + 0.25 exactly (binary fractions): the band includes its edges (|C − 1| ≤ ε).
        Assert.Equal(SatisfactionBand.FairlySatisfied, SatisfactionIndex.Compute(4, 3, 0.25).Band);
        Assert.Equal(SatisfactionBand.FairlySatisfied, SatisfactionIndex.Compute(4, 5, 0.25).Band);
        Assert.Equal(SatisfactionBand.Dissatisfied, SatisfactionIndex.Compute(4, 3, 0.2).Band);
        Assert.Equal(SatisfactionBand.VerySatisfied, SatisfactionIndex.Compute(4, 5, 0.2).Band);
    }

    [Fact]
    public void Zero_perceived_means_expectations_not_met_at_all_whatever_the_tolerance()
    {
        var index = SatisfactionIndex.Compute(2, 0, 0.99);

        Assert.Equal(SatisfactionBand.NotMetAtAll, index.Band);
        Assert.Equal(0, index.Ratio);
        Assert.Equal(-2, index.Gap);
    }

    [Theory]
    [InlineData(0, 0, SatisfactionBand.FairlySatisfied)]
    [InlineData(0, 3, SatisfactionBand.VerySatisfied)]
    public void Nothing_expected_is_guarded_without_dividing_by_zero(int expected, int perceived, SatisfactionBand band)
    {
        var index = SatisfactionIndex.Compute(expected, perceived);

        Assert.Null(index.Ratio);
        Assert.Equal(band, index.Band);
        Assert.Equal(perceived, index.Gap);
    }

    [Theory]
    [InlineData(-1, 3, 0.1)]
    [InlineData(3, -1, 0.1)]
    [InlineData(3, 3, -0.1)]
    [InlineData(3, 3, 1.0)]
    [InlineData(3, 3, double.NaN)]
    public void Negative_scores_and_a_tolerance_outside_zero_to_one_are_refused(int expected, int perceived, double tolerance)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SatisfactionIndex.Compute(expected, perceived, tolerance));
    }

    [Fact]
    public void Survey_answers_give_an_index_only_when_both_scores_were_given()
    {
        Assert.Null(SatisfactionIndex.Of(new SurveyAnswers(Csat: 4, Expected: 4)));
        Assert.Null(SatisfactionIndex.Of(new SurveyAnswers(Csat: 4, Perceived: 4)));
        Assert.Equal(SatisfactionBand.Dissatisfied, SatisfactionIndex.Of(new SurveyAnswers(Expected: 5, Perceived: 3))!.Band);
    }

    [Theory]
    [InlineData(2, null, true)]
    [InlineData(3, null, false)]
    [InlineData(null, 6, true)]
    [InlineData(5, 7, false)]
    [InlineData(null, null, false)]
    public void Low_score_is_csat_two_or_less_or_nps_six_or_less(int? csat, int? nps, bool low)
    {
        Assert.Equal(low, new SurveyAnswers(Csat: csat, Nps: nps).IsLow);
    }
}
