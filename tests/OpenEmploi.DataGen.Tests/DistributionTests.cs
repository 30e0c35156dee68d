using OpenEmploi.Core.Offres;
using OpenEmploi.Core.Referentiels;

namespace OpenEmploi.DataGen.Tests;

/// <summary>Shares over the 20,000-offer sample, within the bounds the generator promises.</summary>
[Collection(GeneratorCollection.Name)]
public sealed class DistributionTests(GeneratorFixture fixture)
{
    private IEnumerable<Offre> Offres => fixture.Sample.Select(g => g.Entry.Offre);

    private double Share(Func<OffreEntry, bool> predicate) =>
        100.0 * fixture.Sample.Count(g => predicate(g.Entry)) / fixture.Sample.Count;

    [Theory]
    [InlineData("CDI", 45)]
    [InlineData("CDD", 30)]
    [InlineData("MIS", 15)]
    public void Contract_mix_is_close_to_france_travail(string type, double expected) =>
        Assert.InRange(Share(e => e.Offre.TypeContrat == type), expected - 3, expected + 3);

    [Fact]
    public void About_forty_percent_are_partner_offers()
    {
        Assert.InRange(Share(e => e.Offre.OrigineOffre?.Origine == "2"), 37, 43);
        var partners = fixture.Generator.Partenaires.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        Assert.InRange(partners.Count, 10, 15);
        foreach (var entry in fixture.Sample.Select(g => g.Entry))
        {
            var origine = entry.Offre.OrigineOffre!;
            if (origine.Origine == "2")
            {
                Assert.Contains(entry.Source, partners);
                Assert.False(string.IsNullOrEmpty(entry.SourceId));
                var partner = Assert.Single(origine.Partenaires!);
                Assert.Equal(fixture.Generator.Partenaires.Single(p => p.Code == entry.Source).Nom, partner.Nom);
                Assert.StartsWith(partner.Url!, origine.UrlOrigine, StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal("1", origine.Origine);
                Assert.Equal(Sources.Plateforme, entry.Source);
                Assert.Null(origine.Partenaires);
            }
        }
    }

    [Fact]
    public void About_ten_percent_are_placed_only_at_departement_or_region_level()
    {
        Assert.InRange(Share(e => e.Offre.LieuTravail!.Commune is null), 8, 12);
        Assert.InRange(Share(e => e.Offre.LieuTravail!.Commune is null && e.Departement is not null), 5, 9);
        Assert.InRange(Share(e => e.Departement is null), 2, 4);
    }

    [Fact]
    public void Offers_per_region_follow_population()
    {
        var geo = fixture.Data.Geographie;
        var population = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var c in geo.Communes)
        {
            if (c.Zone != Zone.Com && !(geo.ArrondissementsOf(c.CodeInsee).Count > 0))
                population[c.CodeRegion] = population.GetValueOrDefault(c.CodeRegion) + c.Population;
        }
        var total = population.Values.Sum();
        var counts = fixture.Sample.GroupBy(g => g.Entry.Region!).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var region in geo.Regions.Where(r => r.Zone == Zone.Metro))
        {
            var expected = population[region.Code] / total;
            var actual = (double)counts.GetValueOrDefault(region.Code) / fixture.Sample.Count;
            Assert.InRange(actual, expected * 0.75, expected * 1.25);
        }
        var idf = (double)counts["11"] / fixture.Sample.Count;
        Assert.InRange(idf, (population["11"] / total) - 0.02, (population["11"] / total) + 0.02);
    }

    [Fact]
    public void High_volume_occupations_dominate()
    {
        // Services to people, retail, hospitality, transport, construction, health.
        var highVolume = Offres.Count(o => "KDGNFJ".Contains(o.RomeCode![0], StringComparison.Ordinal));
        Assert.InRange(100.0 * highVolume / fixture.Sample.Count, 60, 85);
        var arts = Offres.Count(o => o.RomeCode![0] is 'B' or 'L');
        Assert.InRange(100.0 * arts / fixture.Sample.Count, 0.1, 3);
        var top = Offres.GroupBy(o => o.RomeCode).OrderByDescending(g => g.Count()).Take(20).Select(g => g.Key!).ToArray();
        Assert.Contains("K1302", top);
    }

    [Fact]
    public void About_one_offer_in_five_is_part_time()
    {
        Assert.InRange(Share(e => e.Offre.DureeTravailLibelleConverti == "Temps partiel"), 17, 23);
        Assert.All(Offres, o => Assert.Contains(o.DureeTravailLibelleConverti, new[] { "Temps plein", "Temps partiel" }));
    }

    [Fact]
    public void Flags_have_their_stated_frequencies()
    {
        Assert.InRange(Share(e => e.Offre.AccessibleTH), 8.5, 11.5);
        Assert.InRange(Share(e => e.Offre.OffresManqueCandidats), 4, 6);
        Assert.InRange(Share(e => e.Offre.Alternance), 3.5, 6.5);
        Assert.InRange(Share(e => e.Offre.EmployeurHandiEngage), 2.2, 3.8);
        Assert.InRange(Share(e => e.Offre.NombrePostes == 1), 80, 90);
    }
}
