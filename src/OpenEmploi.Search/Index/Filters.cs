using OpenEmploi.Search.Query;

namespace OpenEmploi.Search.Index;

/// <summary>
/// Every non-text, non-geographic filter as reads of the document's columns. Semantics
/// (offres-api-v2.md; "ours" where the API is silent):
/// - lists are OR, parameters AND; typeContrat and natureContrat together are OR;
/// - qualification 0 = codes 1–8, 9 = code 9; an offer without a code matches neither;
/// - tempsPlein true/false = full/part time; dureeHebdo 0 = not stated; offers not stating it match neither true nor false;
/// - weekly-minutes and contract-months ranges are inclusive; an offer without the value never
///   matches a range (a CDI has no contract duration);
/// - salaireMin: the offer's upper amount converted to the query's period ≥ min; cachet only
///   against cachet; an offer without an amount never matches;
/// - creation dates: publieeDepuis and min/max bounds are inclusive;
/// - booleans: true = the offer must have it, false = it must not; entreprisesAdaptees and
///   employeursHandiEngages both true = either;
/// - paysContinent covering France: the offer must be placed in France (an offer without any
///   location is not); theme and offresMRS are decided in <see cref="SegmentPlan"/>.
/// </summary>
internal static class Filters
{
    public static bool Match(SegmentPlan plan, int d)
    {
        foreach (var filter in plan.Filters)
        {
            if (!filter.Allows(d))
                return false;
        }
        if (plan.CheckContracts
            && !((plan.Types?.Allows(d) ?? false) || (plan.Natures?.Allows(d) ?? false)))
            return false;
        return !plan.ChecksFacts || MatchFacts(plan, d);
    }

    private static bool MatchFacts(SegmentPlan plan, int d)
    {
        var s = plan.Segment;
        var p = plan.Prepared;
        var q = p.Query;
        var created = s.CreationTicks[d];
        if (created < p.CreationFrom || created > p.CreationTo)
            return false;
        if (q.Experience is { } experience && s.Experience[d] != (byte)experience)
            return false;
        if (q.ExperienceExigence is { } exige && s.ExperienceExige[d] != (byte)exige)
            return false;
        if (q.OrigineOffre is { } origine && s.Origine[d] != origine)
            return false;
        if (q.Qualification is { } qualification && !MatchQualification(s.Qualification[d], qualification))
            return false;
        if (q.TempsPlein is { } plein && s.TempsPlein[d] != (plein ? 1 : 2))
            return false;
        if (q.DureeHebdoNonPrecisee && s.TempsPlein[d] != 0)
            return false;
        if ((q.DureeHebdoMinMinutes is not null || q.DureeHebdoMaxMinutes is not null) && !MatchWeekly(s.WeeklyMinutes[d], q))
            return false;
        if ((q.DureeContratMinMois is not null || q.DureeContratMaxMois is not null) && !MatchMonths(s.ContractMonths[d], q))
            return false;
        if (p.SalaryThresholds is { } thresholds && !(s.SalaryMax[d] >= thresholds[s.SalaryPeriod[d]]))
            return false;
        if (!MatchFlags(s.Flags[d], q))
            return false;
        if (plan.RequiresFrance && (s.Flags[d] & OffreFlags.EnFrance) == 0)
            return false;
        if (plan.NiveauFormation is { } niveau && !niveau.Contains(d))
            return false;
        return plan.Permis is not { } permis || permis.Contains(d);
    }

    private static bool MatchQualification(byte code, int wanted) => wanted switch
    {
        0 => code is >= 1 and <= 8,
        _ => code == wanted,
    };

    private static bool MatchWeekly(int minutes, SearchQuery q) =>
        minutes >= 0
        && (q.DureeHebdoMinMinutes is not { } min || minutes >= min)
        && (q.DureeHebdoMaxMinutes is not { } max || minutes <= max);

    private static bool MatchMonths(double months, SearchQuery q) =>
        !double.IsNaN(months)
        && (q.DureeContratMinMois is not { } min || months >= (double)min)
        && (q.DureeContratMaxMois is not { } max || months <= (double)max);

    private static bool MatchFlags(OffreFlags flags, SearchQuery q)
    {
        if (!Flag(flags, OffreFlags.AccessibleTH, q.AccesTravailleurHandicape)
            || !Flag(flags, OffreFlags.ManqueCandidats, q.OffresManqueCandidats)
            || !Flag(flags, OffreFlags.Alternance, q.Alternance))
            return false;
        if (q.EntreprisesAdaptees == true && q.EmployeursHandiEngages == true)
            return (flags & (OffreFlags.EntrepriseAdaptee | OffreFlags.EmployeurHandiEngage)) != 0;
        return Flag(flags, OffreFlags.EntrepriseAdaptee, q.EntreprisesAdaptees)
            && Flag(flags, OffreFlags.EmployeurHandiEngage, q.EmployeursHandiEngages);
    }

    private static bool Flag(OffreFlags flags, OffreFlags flag, bool? wanted) =>
        wanted is not { } w || ((flags & flag) != 0) == w;
}
