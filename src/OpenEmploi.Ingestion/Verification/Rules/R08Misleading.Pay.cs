using OpenEmploi.Core.Travail;
using System.Globalization;
using OpenEmploi.Ingestion.Verification.Pay;
using OpenEmploi.Ingestion.Verification.Text;

namespace OpenEmploi.Ingestion.Verification.Rules;

// Pay under the legal minimum, compared as an hourly rate so that part-time pay is judged on its own hours.
internal sealed partial class R08Misleading
{
    private const int TextPay = 6;
    private const int NotSalaried = 7;

    /// <summary>Monthly amounts are rounded (1,801.80 € for 11.88 € × 151.67 h): half a percent of slack.</summary>
    private const double Tolerance = 0.995;

    /// <summary>Rough net-to-gross ratio of a minimum-wage job, only to read "net" amounts in free text (a warning).</summary>
    private const double NetShare = 0.79;

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private readonly Smic _smic;
    private WordSet _notWage = null!;
    private WordSet _wage = null!;

    public R08Misleading(Smic smic)
    {
        _smic = smic;
    }

    private void RegisterPay(RuleSetup setup)
    {
        setup.Patterns(this, TextPay, "#1-300000 @Money", "#1-300 =k @Money", "taux horaire *3 #5-40");
        _notWage = setup.Words("prime primes bonus indemnité indemnités panier ticket tickets chèque frais capital chiffre budget commission " +
            "commissions acompte avance caution kit formation participation mutuelle remboursement jusqu");
        _wage = setup.Words("salaire salaires rémunération rémunéré rémunérée payé payée brut net taux horaire fixe smic");
        setup.Patterns(this, NotSalaried, "stage|stagiaire|stagiaires|gratification|bénévole|bénévoles|bénévolat|volontariat", "service civique");
    }

    private void CheckMinimumWage(RuleContext context)
    {
        var offre = context.Offre;
        // Apprentices and professionalisation contracts are paid a legal share of the SMIC;
        // franchisees, self-employed and interns are not paid wages at all.
        if (context.Alternance || offre.TypeContrat is "LIB" or "FRA" or "REP" or "CCE" || context.HitsOf(this).Exists(h => h.Tag == NotSalaried))
            return;
        var date = offre.DateActualisation > offre.DateCreation ? offre.DateActualisation : offre.DateCreation;
        var day = date == default ? DateOnly.FromDateTime(context.Now.UtcDateTime) : DateOnly.FromDateTime(date);
        if (_smic.HourlyAt(day, context.Offer.Entry.Departement) is not { } smic)
            return;
        var pay = context.Pay;
        if (pay.Hourly is { } hourly && hourly < smic * Tolerance)
        {
            // Without known hours a monthly amount may be part-time pay: only a warning.
            var clear = pay.Period == PayPeriod.Hour || pay.HoursKnown;
            var message = string.Create(French, $"la rémunération équivaut à {hourly:0.00} € brut de l'heure, sous le SMIC ({smic:0.00} € au {day:dd/MM/yyyy})");
            context.Report(this, message, offre.Salaire?.Libelle ?? context.Offer.Raw.SalaryText ?? "salaire", clear ? RuleDecision.Block : RuleDecision.Warn);
            return;
        }
        CheckTextPay(context, smic, pay.WeeklyHours);
    }

    private void CheckTextPay(RuleContext context, double smic, double weeklyHours)
    {
        var text = context.Text;
        foreach (var hit in context.HitsOf(this))
        {
            // Only amounts the offer presents as pay: "9,90 € par mois" may be a subscription.
            if (hit.Tag != TextPay || context.Near(hit.First, hit.Last, 4, 0, _notWage) || !context.Near(hit.First, hit.Last, 6, 4, _wage))
                continue;
            var number = hit.First;
            while (number <= hit.Last && text[number].Kind != TokenKind.Number)
                number++;
            var amount = text[number].Value * (number + 1 <= hit.Last && text.Folded(text[number + 1]) is "k" ? 1000 : 1);
            var (period, net) = PeriodOf(context, hit);
            var floor = smic * (net ? NetShare : 1) * Tolerance;
            var hourly = period switch
            {
                PayPeriod.Hour => amount,
                PayPeriod.Month => amount / (weeklyHours * 52 / 12),
                PayPeriod.Year => amount / 12 / (weeklyHours * 52 / 12),
                _ => double.NaN,
            };
            if (hourly < floor)
            {
                var message = string.Create(French, $"ce montant équivaut à {hourly:0.00} € {(net ? "net" : "brut")} de l'heure, sous le SMIC ({smic:0.00} € brut)");
                context.Report(this, message, hit.First, Math.Min(text.Count - 1, hit.Last + 2), RuleDecision.Warn);
                return;
            }
        }
    }

    /// <summary>The period and gross/net of an amount, from the words around it ("€ brut / mois", "taux horaire").</summary>
    private static (PayPeriod Period, bool Net) PeriodOf(RuleContext context, Hit hit)
    {
        var text = context.Text;
        var sentence = text[hit.First].Sentence;
        var period = PayPeriod.None;
        var net = false;
        for (var i = Math.Max(0, hit.First - 3); i < text.Count && i <= hit.Last + 5; i++)
        {
            if (text[i].Sentence != sentence)
                continue;
            var w = text.Folded(text[i]);
            net |= w is "net" or "nets" or "nette";
            if (period != PayPeriod.None)
                continue;
            period = w switch
            {
                "heure" or "h" or "horaire" or "heures" => PayPeriod.Hour,
                "mois" or "mensuel" or "mensuelle" or "mensuels" => PayPeriod.Month,
                "an" or "annuel" or "annuelle" or "annee" or "annuels" => PayPeriod.Year,
                _ => PayPeriod.None,
            };
        }
        if (period == PayPeriod.None && hit.Last > hit.First && text.Folded(text[hit.First + 1]) is "k")
            period = PayPeriod.Year;
        return (period, net);
    }
}
