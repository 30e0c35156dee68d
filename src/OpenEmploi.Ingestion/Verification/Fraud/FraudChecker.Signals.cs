using System.Globalization;
using OpenEmploi.Ingestion.Records;
using OpenEmploi.Ingestion.Verification.Rules;
using OpenEmploi.Ingestion.Verification.Text;

namespace OpenEmploi.Ingestion.Verification.Fraud;

// The signals that need more than words: pay against the distribution, the employer, state across offers.
internal sealed partial class FraudChecker
{
    private void SalarySignal(RuleContext context, List<FraudSignal> signals)
    {
        if (_salaries is null || context.RomeCode is not { } rome || context.Pay.MonthlyFullTime is not { } monthly)
            return;
        if (_salaries.Get(rome, context.Offer.Entry.Region) is not { } q)
            return;
        // "Far above": beyond the 99th percentile and more than twice the median, so that a
        // well-paid but plausible offer in a wide distribution is not suspected.
        if (monthly > q.P99 && monthly > 2 * q.P50)
        {
            var evidence = string.Create(CultureInfo.GetCultureInfo("fr-FR"), $"{monthly:0} € brut mensuel équivalent temps plein, médiane {q.P50:0} €");
            signals.Add(new FraudSignal("F06", 25, "salaire très au-dessus des offres du même métier dans la région", evidence));
        }
    }

    /// <summary>
    /// Records a live offer of the base in the text index without scoring it: F09 looks at the
    /// whole base, not only at the import under way ("many offers with one text under different
    /// employer names"). Thread-safe, as the index is.
    /// </summary>
    public void Learn(NormalisedOffer offer)
    {
        var name = TemplateText.EmployerName(offer);
        var siret = TemplateText.Siret(offer);
        if (_texts is null || (EmployerIdentity.IsMissing(name) && string.IsNullOrWhiteSpace(siret)) || TemplateText.HashOf(offer) is not { } hash)
            return;
        _texts.Observe(hash, TemplateText.EmployerKey(name, siret));
    }

    /// <summary>What <see cref="Learn(NormalisedOffer)"/> reads of an offer: its template hash and employer key, null when it would learn nothing.</summary>
    /// <remarks>The hash is taken from <paramref name="known"/> (the verifier's, for the same record) when it read the same inputs.</remarks>
    public static (ulong? TemplateHash, string? EmployerKey) TemplateOf(NormalisedOffer offer, TemplateReading? known = null)
    {
        var name = TemplateText.EmployerName(offer);
        var siret = TemplateText.Siret(offer);
        if (EmployerIdentity.IsMissing(name) && string.IsNullOrWhiteSpace(siret))
            return (null, null);
        return TemplateText.HashOf(offer, known) is { } hash ? (hash, TemplateText.EmployerKey(name, siret)) : (null, null);
    }

    /// <summary><see cref="Learn(NormalisedOffer)"/> from what a session's load stored of the offer (<see cref="TemplateOf"/>).</summary>
    public void Learn(ulong? templateHash, string? employerKey)
    {
        if (_texts is not null && templateHash is { } hash && employerKey is not null)
            _texts.Observe(hash, employerKey);
    }

    private void EmployerSignals(RuleContext context, List<FraudSignal> signals)
    {
        var offer = context.Offer;
        var name = TemplateText.EmployerName(offer);
        var siret = TemplateText.Siret(offer);
        if (EmployerIdentity.IsMissing(name) && string.IsNullOrWhiteSpace(siret))
        {
            signals.Add(new FraudSignal("F07", 20, "aucun employeur identifiable (ni nom ni SIRET)", null));
            return;
        }
        if (_texts is null)
            return;
        // Kept with the result: the row's print reuses it instead of tokenising the description again.
        var template = TemplateText.HashOf(context.Text, name);
        context.Template = new TemplateReading(TemplateText.DescriptionOf(offer), name, template);
        if (template is not { } hash)
            return;
        var employers = _texts.Observe(hash, TemplateText.EmployerKey(name, siret));
        if (employers >= 3)
            signals.Add(new FraudSignal("F09", 25, "même texte publié sous plusieurs noms d'employeurs", $"{employers} employeurs"));
        else if (employers == 2)
            signals.Add(new FraudSignal("F09", 10, "même texte publié sous deux noms d'employeurs", "2 employeurs"));
    }

    private static void EasyMoneySignal(RuleContext context, List<Hit> hits, List<FraudSignal> signals)
    {
        var noExperience = context.Offre.ExperienceExige == "D" || First(hits, 1 << NoExperience) >= 0;
        var remote = First(hits, 1 << Remote) >= 0;
        var paid = First(hits, 1 << PaidDaily);
        if (paid < 0)
            return;
        if (noExperience && remote)
            signals.Add(new FraudSignal("F08", 25, "« sans expérience, depuis chez vous, payé chaque jour »", Evidence(context, hits, paid)));
        else if (noExperience || remote)
            signals.Add(new FraudSignal("F08", 12, "argent facile ou payé chaque jour", Evidence(context, hits, paid)));
    }
}
