namespace OpenEmploi.DataGen.Tests;

[Collection(GeneratorCollection.Name)]
public sealed class SiretTests(GeneratorFixture fixture)
{
    [Theory]
    [InlineData("73282932000074", true)]
    [InlineData("73282932000075", false)]
    [InlineData("7328293200007A", false)]
    public void Luhn_check_matches_known_numbers(string siret, bool valid) =>
        Assert.Equal(valid, Siret.IsLuhnValid(siret));

    [Fact]
    public void Employers_have_a_valid_siret_siren_and_naf()
    {
        foreach (var generated in fixture.Sample.Take(2_000))
        {
            var employeur = generated.Employeur;
            Assert.Equal(14, employeur.Siret.Length);
            Assert.True(Siret.IsLuhnValid(employeur.Siret), employeur.Siret);
            Assert.True(Siret.IsLuhnValid(employeur.Siret.AsSpan(0, 9)), employeur.Siret);
            Assert.Equal(generated.Entry.Offre.CodeNAF, employeur.CodeNaf);
            Assert.False(string.IsNullOrWhiteSpace(employeur.Nom));
            Assert.DoesNotContain(employeur.Siret, Core.Offres.OffreJson.Serialize(generated.Entry.Offre), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Random_source_is_reproducible_and_uniform_enough()
    {
        var a = new DetRandom(1, 2, 3);
        var b = new DetRandom(1, 2, 3);
        var counts = new int[10];
        for (var i = 0; i < 100_000; i++)
        {
            var x = a.Next(10);
            Assert.Equal(x, b.Next(10));
            counts[x]++;
        }
        Assert.All(counts, c => Assert.InRange(c, 9_500, 10_500));
        Assert.NotEqual(new DetRandom(1, 2, 3).NextUInt64(), new DetRandom(1, 2, 4).NextUInt64());
    }
}
