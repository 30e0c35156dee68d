using Xunit.Abstractions;

namespace OpenEmploi.Ingestion.Tests.Verification;

/// <summary>DataGen's offers are compliant: apart from missing pay (R13, a warning), no rule may fire on them.</summary>
public sealed class GeneratedOffersTests(ITestOutputHelper output)
{
    [Fact]
    public void Generated_offers_break_no_rule_but_missing_pay()
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var examples = new List<string>();
        foreach (var generated in TestOffers.Generator.GenerateDetailed(0, 20000))
        {
            var result = TestOffers.Verify(TestOffers.From(generated));
            foreach (var v in result.Violations)
            {
                counts[v.Code] = counts.GetValueOrDefault(v.Code) + 1;
                if (v.Code != "R13" && examples.Count < 30)
                    examples.Add($"{generated.Entry.Offre.RomeCode} {v.Code} {v.Reason} | {generated.Entry.Offre.Intitule} | {generated.Entry.Offre.Description}");
            }
        }
        foreach (var (code, n) in counts)
            output.WriteLine($"{code}: {n}");
        foreach (var e in examples)
            output.WriteLine(e);
        Assert.Empty(examples);
    }

    /// <summary>
    /// Regression: the generator's pay floor was the 2025 SMIC (11.88 €), so offers generated for a
    /// date after the 2026 revaluation (12.02 €) paid under the minimum and R08 blocked about 17 %.
    /// </summary>
    [Fact]
    public void Offers_generated_after_a_SMIC_revaluation_pay_at_least_the_new_minimum()
    {
        var now = new DateTime(2026, 11, 28, 12, 0, 0, DateTimeKind.Utc);
        var generator = new OpenEmploi.DataGen.Offres.OffreGenerator(TestOffers.Data, new OpenEmploi.DataGen.Offres.OffreGeneratorOptions { Seed = 11, Now = now });
        var verifier = new OpenEmploi.Ingestion.Verification.OffreVerifier(
            TestOffers.Data.Rome,
            new OpenEmploi.Ingestion.Verification.VerifierOptions { TimeProvider = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(now)) });

        var blocked = generator.GenerateDetailed(0, 5000)
            .Select(g => verifier.Verify(TestOffers.From(g)))
            .Count(r => r.Violations.Any(v => v.Code == "R08"));

        Assert.Equal(0, blocked);
    }
}
