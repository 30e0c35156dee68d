using OpenEmploi.Core.Offres;
using OpenEmploi.DataGen.Offres;

namespace OpenEmploi.DataGen.Tests;

[Collection(GeneratorCollection.Name)]
public sealed class DeterminismTests(GeneratorFixture fixture)
{
    private static string[] Json(IEnumerable<OffreEntry> entries) => [.. entries.Select(e => OffreJson.Serialize(e.Offre))];

    [Fact]
    public void Same_seed_gives_byte_identical_offers()
    {
        var first = Json(fixture.NewGenerator(7).Generate(0, 300));
        var second = Json(fixture.NewGenerator(7).Generate(0, 300));
        Assert.Equal(first, second);
    }

    [Fact]
    public void A_new_context_from_freshly_loaded_data_gives_the_same_offers()
    {
        var again = new OffreGenerator(Core.Referentiels.ReferenceData.LoadDefault(), new OffreGeneratorOptions { Seed = 42, Now = GeneratorFixture.Now });
        Assert.Equal(Json(fixture.Sample.Take(100).Select(g => g.Entry)), Json(again.Generate(0, 100)));
    }

    [Fact]
    public void Different_seeds_give_different_offers()
    {
        var a = Json(fixture.NewGenerator(1).Generate(0, 50));
        var b = Json(fixture.NewGenerator(2).Generate(0, 50));
        Assert.All(a.Zip(b), pair => Assert.NotEqual(pair.First, pair.Second));
    }

    [Fact]
    public void Offer_i_does_not_depend_on_the_batch_it_is_generated_in()
    {
        var generator = fixture.NewGenerator(42);
        var oneBatch = Json(generator.Generate(0, 1_500));
        var appended = Json(generator.Generate(0, 1_000).Concat(generator.Generate(1_000, 500)));
        var parallel = Json(generator.GenerateParallel(0, 1_500, 2).Select(g => g.Entry));
        var late = Json(generator.Generate(1_200, 300));

        Assert.Equal(oneBatch, appended);
        Assert.Equal(oneBatch, parallel);
        Assert.Equal(oneBatch[1_200..], late);
        Assert.Equal(oneBatch[777], OffreJson.Serialize(generator.GenerateOne(777).Entry.Offre));
    }

    [Fact]
    public void Parallel_generation_yields_in_index_order()
    {
        var indexes = fixture.Generator.GenerateParallel(10, 3_000, 2).Select(g => g.Index).ToArray();
        Assert.Equal(Enumerable.Range(10, 3_000).Select(i => (long)i), indexes);
    }

    [Fact]
    public void Ids_are_valid_unique_and_those_of_the_id_sequence()
    {
        var ids = fixture.Sample.Select(g => g.Entry.Id).ToArray();
        Assert.All(ids, id => Assert.True(OffreId.IsValid(id), id));
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());

        var sequence = new OffreIdSequence(42);
        for (var i = 0; i < 100; i++)
            Assert.Equal(sequence.Next(), ids[i]);
        Assert.Equal(ids[12_345], fixture.Generator.IdAt(12_345));
    }

    [Fact]
    public void Offers_survive_a_wire_round_trip_unchanged()
    {
        foreach (var generated in fixture.Sample.Take(500))
        {
            var json = OffreJson.Serialize(generated.Entry.Offre);
            Assert.Equal(json, OffreJson.Serialize(OffreJson.Deserialize(json)));
        }
    }
}
