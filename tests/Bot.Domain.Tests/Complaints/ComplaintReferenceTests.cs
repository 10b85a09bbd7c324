using Bot.Domain.Complaints;

namespace Bot.Domain.Tests.Complaints;

public sealed class ComplaintReferenceTests
{
    [Fact]
    public void Reference_is_formatted_and_parsed_back_to_the_same_value()
    {
        var reference = new ComplaintReference(2025, 123);

        Assert.Equal("CMP-2025-000123", reference.ToString());
        Assert.Equal(reference, ComplaintReference.Parse(reference.ToString()));
    }

    [Theory]
    [InlineData("cmp-2025-000123")]
    [InlineData("  CMP 2025 000123 ")]
    [InlineData("CMP2025000123")]
    public void Reference_quoted_back_loosely_is_understood(string text)
    {
        Assert.Equal(new ComplaintReference(2025, 123), ComplaintReference.Parse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("CMP-2025-00012")]
    [InlineData("CMP-2025-0001234")]
    [InlineData("CMP-2025-000000")]
    [InlineData("CMP-1999-000001")]
    [InlineData("CPM-2025-000123")]
    [InlineData("CMP-25-000123")]
    [InlineData("CMP--2025-000123")]
    [InlineData("CMP-2025-+00123")]
    [InlineData("CMP-2025-000123X")]
    public void Malformed_reference_is_rejected(string? text)
    {
        Assert.False(ComplaintReference.TryParse(text, out _));
        Assert.ThrowsAny<Exception>(() => ComplaintReference.Parse(text!));
    }

    [Fact]
    public void Reference_serial_out_of_range_cannot_be_constructed()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ComplaintReference(2025, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ComplaintReference(2025, 1_000_000));
    }
}
