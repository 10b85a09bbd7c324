using Bot.Domain.Complaints;

namespace Bot.Domain.Tests.Complaints;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("13800138000", "13800138000")]
    [InlineData("138 0013 8000", "13800138000")]
    [InlineData("138-0013-8000", "13800138000")]
    [InlineData("+86 138 0013 8000", "13800138000")]
    [InlineData("0086 13800138000", "13800138000")]
    [InlineData("８６１３９１２３４５６７８", "13912345678")]
    [InlineData("１９９１２３４５６７８", "19912345678")]
    public void Chinese_mobile_numbers_are_accepted_and_normalised(string text, string expected)
    {
        Assert.True(PhoneNumber.TryParse(text, out var phone));
        Assert.Equal(expected, phone.Value);
    }

    [Theory]
    [InlineData("010-65529988", "010-65529988")]
    [InlineData("010 6552 9988", "010-65529988")]
    [InlineData("(021) 5555 1234", "021-55551234")]
    [InlineData("0755-1234567", "0755-1234567")]
    [InlineData("075512345678", "0755-12345678")]
    public void Chinese_landlines_with_their_area_code_are_accepted(string text, string expected)
    {
        Assert.True(PhoneNumber.TryParse(text, out var phone));
        Assert.Equal(expected, phone.Value);
    }

    [Theory]
    [InlineData("+44 20 7946 0000", "+442079460000")]
    [InlineData("+1-212-555-0100", "+12125550100")]
    [InlineData("+65 6123 4567", "+6561234567")]
    [InlineData("0044 20 7946 0000", "+442079460000")]
    public void International_numbers_with_a_country_code_are_accepted(string text, string expected)
    {
        Assert.True(PhoneNumber.TryParse(text, out var phone));
        Assert.Equal(expected, phone.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("12800138000")]
    [InlineData("1380013800")]
    [InlineData("138001380001")]
    [InlineData("65529988")]
    [InlineData("00 0123 4567")]
    [InlineData("010-655299")]
    [InlineData("+44 123")]
    [InlineData("+1234567890123456")]
    [InlineData("+0 20 7946 0000")]
    [InlineData("138 0013 800O")]
    [InlineData("call me")]
    public void Other_text_is_not_a_phone_number(string? text)
    {
        Assert.False(PhoneNumber.TryParse(text, out _));
    }

    [Theory]
    [InlineData("my number is 138 0013 8000, thanks", "13800138000")]
    [InlineData("请打我座机010-6552 9988", "010-65529988")]
    [InlineData("电话：１３９１２３４５６７８", "13912345678")]
    [InlineData("order 42, phone +44 20 7946 0000", "+442079460000")]
    public void A_phone_number_is_found_inside_a_sentence(string text, string expected)
    {
        Assert.True(PhoneNumber.TryFind(text, out var phone));
        Assert.Equal(expected, phone.Value);
    }

    [Theory]
    [InlineData("I'd rather not")]
    [InlineData("waybill SF1234567890123")]
    [InlineData("12 boxes on 3 May")]
    public void A_sentence_without_a_phone_number_has_none(string text)
    {
        Assert.False(PhoneNumber.TryFind(text, out _));
    }
}
