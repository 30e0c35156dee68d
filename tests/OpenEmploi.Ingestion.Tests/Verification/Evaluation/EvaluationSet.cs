using OpenEmploi.Core.Offres;
using OpenEmploi.DataGen.Offres;
using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Tests.Verification.Evaluation;

/// <summary>An offer of the evaluation set with the codes a correct verifier reports.</summary>
internal sealed record LabelledOffer(NormalisedOffer Offer, IReadOnlySet<string> Expected, EvalCase? Case);

/// <summary>
/// The labelled evaluation set, generated deterministically: DataGen offers (compliant by
/// construction), of which 35 % stay untouched, 45 % receive a violation (rule drawn uniformly,
/// then one of its wordings) and 20 % a compliant look-alike. Same seed and size, same set.
/// </summary>
internal static class EvaluationSet
{
    public const int Seed = 20251120;
    public const int Size = 6000;

    public static IEnumerable<EvalCase> DevelopmentCases =>
        ViolationCases.R01to07().Concat(ViolationCases2.R08to13()).Concat(LookAlikeCases.All());

    public static List<LabelledOffer> Build(IEnumerable<EvalCase> cases, int size = Size, int seed = Seed)
    {
        var all = cases.ToList();
        var violations = ByRule(all.Where(c => c.IsViolation));
        var lookAlikes = ByRule(all.Where(c => !c.IsViolation));
        var generator = new OffreGenerator(TestOffers.Data, new OffreGeneratorOptions { Seed = seed, Now = TestOffers.Now });
        var random = new Random(seed);
        var set = new List<LabelledOffer>(size);
        long index = 0;
        for (var n = 0; n < size; n++)
        {
            var u = random.NextDouble();
            var pool = u < 0.35 ? null : u < 0.80 ? violations : lookAlikes;
            EvalCase? c = null;
            if (pool is not null)
            {
                var rule = pool[random.Next(pool.Length)];
                c = rule[random.Next(rule.Length)];
            }
            OffreGeneree g;
            do
            {
                g = generator.GenerateOne(index++);
            }
            while (c?.Accepts is { } accepts && !accepts(g.Entry.Offre));
            if (c is null)
            {
                set.Add(new LabelledOffer(TestOffers.From(g), NaturalCodes(g.Entry.Offre), null));
                continue;
            }
            // Other rules' cases get a salary (above the SMIC even for 42 hours a week) so that a
            // missing one (R13) does not blur their labels.
            if (c.Rule != "R13" && NaturalCodes(g.Entry.Offre).Count > 0)
                g.Entry.Offre.Salaire = new Salaire { Libelle = "Mensuel de 2600.00 Euros sur 12 mois" };
            set.Add(new LabelledOffer(c.Build(g, random), new HashSet<string>(c.Codes, StringComparer.Ordinal), c));
        }
        return set;
    }

    /// <summary>What an untouched generated offer breaks: only R13 when DataGen left the salary out.</summary>
    private static HashSet<string> NaturalCodes(Offre o) =>
        string.IsNullOrWhiteSpace(o.Salaire?.Libelle) && string.IsNullOrWhiteSpace(o.Salaire?.Commentaire) ? ["R13"] : [];

    private static EvalCase[][] ByRule(IEnumerable<EvalCase> cases) =>
        [.. cases.GroupBy(c => c.Rule, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.ToArray())];
}
