namespace OpenEmploi.Ingestion.Verification.Rules;

/// <summary>
/// R13: no pay information at all (EU directive 2023/970, art. 5: the initial pay or its range is
/// given to candidates). Warn only. Pay information is the salaire field (libellé or commentaire),
/// a salary the feed gave, or an amount with a period in the text ("1 900 € brut par mois",
/// "SMIC", "taux horaire de 12 €").
/// </summary>
internal sealed class R13Pay : Rule
{
    private const int PayInfo = 0;

    public override string Code => "R13";

    public override RuleDecision Decision => RuleDecision.Warn;

    public override string Basis => "directive (UE) 2023/970, art. 5";

    public override void Register(RuleSetup setup)
    {
        setup.Patterns(this, PayInfo,
            "salaire|rémunération|rémunéré|rémunérée|payé|brut|net|fixe|taux *4 #",
            "=smic",
            "#1-300000 ?=k @Money *3 brut|net|mois|mensuel|an|annuel|heure|=h|horaire");
    }

    public override void Check(RuleContext context)
    {
        var salaire = context.Offre.Salaire;
        var raw = context.Offer.Raw;
        if (!string.IsNullOrWhiteSpace(salaire?.Libelle) || !string.IsNullOrWhiteSpace(salaire?.Commentaire)
            || !string.IsNullOrWhiteSpace(raw.SalaryText) || raw.SalaryMin is not null)
            return;
        if (context.HitsOf(this).Count > 0)
            return;
        context.Report(this, "l'offre n'indique aucune rémunération : le salaire ou sa fourchette doit être communiqué aux candidats");
    }
}
