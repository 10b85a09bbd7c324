using Bot.Dialogs.Tracking;

namespace Bot.Dialogs.Tests.Tracking;

public sealed class TrackingNumbersTests
{
    [Theory]
    [InlineData("RA123456789CN", "RA123456789CN")]
    [InlineData("where is ra123456789cn please", "RA123456789CN")]
    [InlineData("我的快件SF1234567890123到哪了", "SF1234567890123")]
    [InlineData("waybill 773012345678 and JD0012345678901", "773012345678|JD0012345678901")]
    [InlineData("运单号：１２３４５６７８９０１２", "123456789012")]
    [InlineData("RA123456789CN, RA123456789CN", "RA123456789CN")]
    public void Numbers_are_found_anywhere_in_the_text(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), TrackingNumbers.FindAll(text));
    }

    [Theory]
    [InlineData("where is my parcel")]
    [InlineData("call me on 13812345678")]
    [InlineData("123456789")]
    [InlineData("ABC1234567890123456789")]
    [InlineData("")]
    [InlineData(null)]
    public void Text_without_a_tracking_number_finds_none(string? text)
    {
        Assert.Empty(TrackingNumbers.FindAll(text));
    }
}
