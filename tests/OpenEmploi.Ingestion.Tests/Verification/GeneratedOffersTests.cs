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
}
