using OpenEmploi.Ingestion.Feeds;

namespace OpenEmploi.Ingestion.Tests.Feeds;

/// <summary>
/// The wire's own date form is read digit by digit ahead of the list of formats: whatever it
/// reads, the formats read the same instant with the same offset; whatever it leaves, they decide.
/// </summary>
public sealed class FeedDateTests
{
    [Theory]
    [InlineData("2026-03-01T08:30:00.000Z")]
    [InlineData("2026-03-01T08:30:00Z")]
    [InlineData("2024-02-29T23:59:59.999Z")]
    [InlineData("0001-01-01T00:00:00.000Z")]
    [InlineData("9999-12-31T23:59:59.999Z")]
    public void A_wire_date_is_read_as_the_formats_read_it(string text)
    {
        Assert.True(FeedValues.TryParseWireDate(text, out var fast));
        Assert.True(FeedValues.TryParseDateByFormats(text, out var formats));
        Assert.Equal((formats.UtcDateTime, formats.Offset), (fast.UtcDateTime, fast.Offset));
    }

    [Theory]
    [InlineData("2023-02-29T10:00:00.000Z")]     // no 29 February that year
    [InlineData("2026-13-01T10:00:00.000Z")]
    [InlineData("2026-03-01T24:00:00.000Z")]
    [InlineData("2026-03-01T10:60:00.000Z")]
    [InlineData("2026-03-01T10:00:60.000Z")]
    [InlineData("2026-03-01T10:00:00.00Z")]      // two digits of milliseconds: the formats' business
    [InlineData("2026-03-01T10:00:00.000+01:00")]
    [InlineData("2026-03-01 10:00:00.000Z")]
    [InlineData("2026-03-01T10:00:00,000Z")]
    [InlineData("2026-03-0xT10:00:00.000Z")]
    [InlineData("01/03/2026")]
    public void Anything_else_is_left_to_the_formats(string text)
    {
        Assert.False(FeedValues.TryParseWireDate(text, out _));
        Assert.Equal(FeedValues.TryParseDateByFormats(text, out var formats), FeedValues.TryParseDate(text, out var date));
        Assert.Equal(formats, date);
    }

    [Fact]
    public void Random_wire_dates_read_as_the_formats_read_them()
    {
        var random = new Random(5);
        for (var i = 0; i < 20_000; i++)
        {
            var text = string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{random.Next(1, 10000):D4}-{random.Next(0, 14):D2}-{random.Next(0, 33):D2}T{random.Next(0, 26):D2}:{random.Next(0, 62):D2}:{random.Next(0, 62):D2}")
                + (random.Next(2) == 0 ? "Z" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $".{random.Next(0, 1000):D3}Z"));
            var formatsRead = FeedValues.TryParseDateByFormats(text, out var formats);
            if (FeedValues.TryParseWireDate(text, out var fast))
                Assert.Equal((true, formats.UtcDateTime, formats.Offset), (formatsRead, fast.UtcDateTime, fast.Offset));
            else
                Assert.False(formatsRead, text);
        }
    }
}
