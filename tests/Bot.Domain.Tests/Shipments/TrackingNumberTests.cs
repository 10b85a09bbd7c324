using Bot.Domain.Shipments;

namespace Bot.Domain.Tests.Shipments;

public sealed class TrackingNumberTests
{
    [Theory]
    [InlineData("sf1234567890123", "SF1234567890123")]
    [InlineData(" ee 123 456 785 cn ", "EE123456785CN")]
    [InlineData("JD-0001-2345-6789-0", "JD0001234567890")]
    public void Tracking_number_is_normalised_to_upper_case_without_spaces_or_dashes(string text, string expected)
    {
        var number = TrackingNumber.Parse(text);

        Assert.Equal(expected, number.Value);
        Assert.Equal(TrackingNumber.Parse(expected), number);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("SF12")]
    [InlineData("SF123456789#")]
    [InlineData("顺丰1234567890")]
    public void Malformed_tracking_number_is_rejected(string? text)
    {
        Assert.False(TrackingNumber.TryParse(text, out _));
    }
}
