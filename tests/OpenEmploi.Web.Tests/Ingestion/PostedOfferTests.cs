using System.Text.Json;
using OpenEmploi.Ingestion.Deduplication;

namespace OpenEmploi.Web.Tests.Ingestion;

/// <summary>The offers these tests post must be told apart by de-duplication, or a test expecting "publish" flakes.</summary>
public sealed class PostedOfferTests
{
    [Fact]
    public void No_two_generated_offers_have_employers_that_deduplication_takes_for_the_same()
    {
        // 300 offers are 44,850 pairs: random names alone put about 37 of them over the threshold.
        var employers = Enumerable.Range(0, 300)
            .Select(i => JsonDocument.Parse(PostedOffer.Json("E-" + i)).RootElement.GetProperty("entreprise").GetProperty("nom").GetString())
            .Select(name => EmployerName.Normalise(name))
            .ToArray();
        var threshold = new DedupOptions().EmployerNameThreshold;

        var alike = new List<(int, int)>();
        for (var i = 0; i < employers.Length; i++)
        {
            for (var j = i + 1; j < employers.Length; j++)
            {
                if (EmployerName.Similarity(employers[i], employers[j]) >= threshold)
                    alike.Add((i, j));
            }
        }

        Assert.Empty(alike);
    }
}
