using OpenEmploi.Core.Offres;

namespace OpenEmploi.Core.Tests.Offres;

public sealed class OffreIdTests
{
    [Theory]
    [InlineData("048KLTP", true)]
    [InlineData("000AAAA", true)]
    [InlineData("999ZZZZ", true)]
    [InlineData("48KLTP", false)]
    [InlineData("048KLTPX", false)]
    [InlineData("048kltp", false)]
    [InlineData("A48KLTP", false)]
    [InlineData("0481LTP", false)]
    [InlineData("", false)]
    public void Ids_are_three_digits_then_four_capital_letters(string id, bool valid) =>
        Assert.Equal(valid, OffreId.IsValid(id));

    [Theory]
    [InlineData(0L)]
    [InlineData(1L)]
    [InlineData(456_975L)]
    [InlineData(OffreId.Capacity - 1)]
    public void Numbers_and_ids_convert_both_ways(long number)
    {
        var id = OffreId.FromNumber(number);

        Assert.True(OffreId.IsValid(id));
        Assert.Equal(number, OffreId.ToNumber(id));
    }

    [Fact]
    public void Numbers_outside_the_id_space_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OffreId.FromNumber(OffreId.Capacity));
        Assert.Throws<ArgumentOutOfRangeException>(() => OffreId.FromNumber(-1));
    }

    [Fact]
    public void A_sequence_is_unique_reproducible_and_depends_on_its_seed()
    {
        var first = new OffreIdSequence(seed: 7);
        var again = new OffreIdSequence(seed: 7);
        var other = new OffreIdSequence(seed: 8);
        var seen = new HashSet<string>(StringComparer.Ordinal);

        var differences = 0;
        for (var i = 0; i < 200_000; i++)
        {
            var id = first.Next();
            Assert.True(seen.Add(id), $"id {id} handed out twice");
            Assert.Equal(id, again.Next());
            if (id != other.Next())
                differences++;
        }

        Assert.True(differences > 199_000);
    }

    [Fact]
    public void A_sequence_resumed_at_a_position_continues_where_it_stopped()
    {
        var whole = new OffreIdSequence(seed: 3);
        for (var i = 0; i < 1_000; i++)
            whole.Next();

        var resumed = new OffreIdSequence(seed: 3, start: 1_000);

        Assert.Equal(whole.Next(), resumed.Next());
    }
}
