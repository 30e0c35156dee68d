using System.Collections.Concurrent;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Ingestion.Deduplication;
using OpenEmploi.Ingestion.Records;
using OpenEmploi.Ingestion.Verification.Completeness;
using OpenEmploi.Ingestion.Verification.Fraud;
using OpenEmploi.Ingestion.Verification.Pay;
using OpenEmploi.Ingestion.Verification.Rules;
using OpenEmploi.Ingestion.Verification.Text;

namespace OpenEmploi.Ingestion.Verification;

/// <summary>
/// Checks a normalised offer against the labour code (R01–R13), scores it for fraud and
/// completeness, in one pass over its text: every rule's patterns are compiled at construction
/// into one vocabulary and one matcher, the offer's fields are tokenised once, and each rule then
/// reads its own hits. Thread-safe; per-thread scratch is pooled, so verifying allocates little
/// beyond the result.
/// </summary>
public sealed class OffreVerifier
{
    private const int EqualOpportunity = 0;
    private const int WorkStudy = 1;

    private readonly Rule[] _rules;
    private readonly PhraseMatcher _matcher;
    private readonly Vocabulary _vocabulary = new();
    private readonly FraudChecker _fraud;
    private readonly CompletenessScorer _completeness;
    private readonly VerifierOptions _options;
    private readonly int _factsOwner;
    private readonly ConcurrentBag<RuleContext> _contexts = [];

    /// <param name="rome">The ROME, from which gendered job titles are learnt (vendeur / vendeuse).</param>
    /// <param name="options">Clock, SMIC table, fraud threshold and cross-offer state; defaults when null.</param>
    public OffreVerifier(RomeReferentiel? rome, VerifierOptions? options = null)
    {
        _options = options ?? new VerifierOptions();
        _rules =
        [
            new R01Sex(), new R02Age(), new R03Origin(), new R04Family(), new R05Health(), new R06Residence(), new R07Fees(),
            new R08Misleading(_options.Smic), new R09Language(), new R10Identity(), new R11Intrusive(), new R12Opinions(), new R13Pay(),
        ];
        var catalog = new PatternCatalog(_vocabulary);
        var setup = new RuleSetup(catalog, rome);
        RuleSetup.RegisterExclusionWords(setup);
        for (var i = 0; i < _rules.Length; i++)
        {
            _rules[i].Owner = i;
            _rules[i].Register(setup);
        }
        _factsOwner = _rules.Length;
        RegisterFacts(setup, _factsOwner);
        _fraud = new FraudChecker(setup, _factsOwner + 1, "R07", _options);
        _completeness = new CompletenessScorer(setup, _factsOwner + 2);
        _matcher = catalog.Compile(_factsOwner + 3);
    }

    /// <summary>The rules' codes, decisions and legal bases, in order (for documentation and reports).</summary>
    public IReadOnlyList<(string Code, RuleDecision Decision, string Basis)> Rules =>
        [.. _rules.Select(r => (r.Code, r.Decision, r.Basis))];

    /// <summary>
    /// Learns what the fraud score compares with from one live offer of the base (its text and
    /// employer, for F09), without verifying it. Thread-safe: a session calls it while loading.
    /// </summary>
    public void LearnPublished(NormalisedOffer offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        _fraud.Learn(offer);
    }

    /// <summary>
    /// <see cref="LearnPublished(NormalisedOffer)"/> from what a session's load stored of the offer
    /// (<see cref="FactsOf(NormalisedOffer)"/>, kept with its fingerprint): the same learning without parsing it.
    /// </summary>
    public void LearnPublished(LoadFacts facts) => _fraud.Learn(facts.TemplateHash, facts.EmployerKey);

    /// <summary>What a session learns from a live offer of the base, stored with its fingerprint (migration 12).</summary>
    public static LoadFacts FactsOf(NormalisedOffer offer) => FactsOf(offer, null);

    /// <summary>
    /// <see cref="FactsOf(NormalisedOffer)"/>, with F09's template hash taken from <paramref name="reading"/>
    /// (<see cref="VerificationResult.Template"/> of the same record) when it read the inputs the offer has.
    /// </summary>
    internal static LoadFacts FactsOf(NormalisedOffer offer, TemplateReading? reading)
    {
        ArgumentNullException.ThrowIfNull(offer);
        var (template, employer) = FraudChecker.TemplateOf(offer, reading);
        var (rome, pay) = SalaryDistributionBuilder.PayOf(offer.Entry);
        return new LoadFacts(template, employer, rome, pay);
    }

    public VerificationResult Verify(NormalisedOffer offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        if (!_contexts.TryTake(out var context))
            context = new RuleContext(_vocabulary, _matcher.Owners);
        try
        {
            context.Reset(offer, _options.TimeProvider.GetUtcNow());
            Read(context, offer);
            _matcher.Match(context.Text, context.AllHits);
            foreach (var hit in context.HitsOf(_factsOwner))
            {
                if (hit.Tag == EqualOpportunity)
                    context.MarkEqualOpportunity(context.Text[hit.First].Sentence);
                else
                    context.Alternance = true;
            }
            var nature = offer.Offre.NatureContrat;
            context.Alternance |= offer.Offre.Alternance
                || (nature is not null && (nature.Contains("pprentissage", StringComparison.Ordinal) || nature.Contains("rofessionnalisation", StringComparison.Ordinal)));
            context.Pay = PayFacts.Read(offer.Offre, offer.Raw);
            context.Contacts = ContactScan.Scan(offer);
            foreach (var rule in _rules)
                rule.Check(context);
            IReadOnlyList<Violation> violations = context.Violations.Count == 0 ? [] : [.. context.Violations];
            return new VerificationResult(violations, _fraud.Assess(context), _completeness.Score(context, violations)) { Template = context.Template };
        }
        finally
        {
            _contexts.Add(context);
        }
    }

    private static void Read(RuleContext context, NormalisedOffer offer)
    {
        var o = offer.Offre;
        var text = context.Text;
        text.Add(FieldKind.Title, string.IsNullOrEmpty(o.Intitule) ? offer.Raw.Title : o.Intitule);
        text.Add(FieldKind.Description, TemplateText.DescriptionOf(offer));
        text.Add(FieldKind.Details, o.ExperienceCommentaire);
        text.Add(FieldKind.Details, o.Salaire?.Commentaire);
        text.Add(FieldKind.Details, o.ComplementExercice);
        text.Add(FieldKind.Details, o.ConditionExercice);
        if (o.Formations is { } formations)
        {
            foreach (var f in formations)
                text.Add(FieldKind.Details, f.Commentaire);
        }
        text.Add(FieldKind.Employer, o.Entreprise?.Description);
    }

    /// <summary>Facts several rules share: equal-opportunity statements and work-study contracts.</summary>
    private static void RegisterFacts(RuleSetup setup, int owner)
    {
        setup.Patterns(owner, EqualOpportunity,
            "sans distinction", "sans discrimination", "discrimination|discriminations|discriminatoire", "non discrimination",
            "quel|quelle|quels|quelles que soit|soient", "indépendamment", "égalité *1 chances|traitement", "diversité", "mixité",
            "toutes *1 candidatures", "ouvert|ouverts|ouverte|ouvertes *1 tous|toutes", "compétences égales", "handi accueillant", "handi engagé");
        // The contract, not the word: "l'apprentissage du français" is learning, not a work-study contract.
        setup.Patterns(owner, WorkStudy,
            "contrat *1 apprentissage|professionnalisation", "alternance", "apprenti|apprentie|apprentis|apprenties|alternant|alternante|alternants",
            "en apprentissage");
    }
}
