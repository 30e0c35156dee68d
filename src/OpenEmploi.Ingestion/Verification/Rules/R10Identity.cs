using OpenEmploi.Ingestion.Verification.Text;

namespace OpenEmploi.Ingestion.Verification.Rules;

/// <summary>
/// R10: an offer must be dated and its author known (L5332-1 to L5332-3). Blocks an offer without
/// creation date and an anonymous offer whose employer the platform does not know either (no
/// name, no SIRET in the feed: an offer may hide its employer from candidates, not from us). Warns
/// when a temporary-work or recruitment agency (NAF 78.20Z/78.30Z, the feed's flag, a known
/// agency name) posts without saying so: no "intérim", "mission", "pour notre client"… in the
/// offer, no temporary-work contract, nothing in its name.
/// </summary>
internal sealed class R10Identity : Rule
{
    private const int AgencySaid = 0;

    private Vocabulary _vocabulary = null!;

    public override string Code => "R10";

    public override RuleDecision Decision => RuleDecision.Block;

    public override string Basis => "art. L5332-1 à L5332-3 du Code du travail";

    public override void Register(RuleSetup setup)
    {
        _vocabulary = setup.Vocabulary;
        setup.Class(TermClass.Agency,
            "adecco manpower randstad synergie proman partnaire supplay temporis gojob expectra ergalis adequat iziwork staffmatch qapa " +
            "welljob sovitrat kelly crit samsic triangle actual menway",
            exact: true);
        setup.Patterns(this, AgencySaid,
            "intérim|intérimaire|intérimaires|=interim", "travail temporaire", "agence|cabinet *2 emploi|recrutement|intérim|placement",
            "notre|son|leur =client|=cliente", "un *1 nos|ses|leurs clients|clientes",
            "entreprise|société|structure cliente|clientes|utilisatrice", "pour *1 compte *3 client|clients|entreprise|partenaire", "=ett",
            // The agency hiring its own staff is the employer, and named: "rejoignez nos équipes internes".
            "équipe|équipes|poste|postes|collaborateur|collaborateurs|salarié|salariés *2 interne|internes|permanent|permanents|permanente");
    }

    public override void Check(RuleContext context)
    {
        var offre = context.Offre;
        var raw = context.Offer.Raw;
        if (offre.DateCreation == default)
            context.Report(this, "l'offre n'est pas datée : sa date de création est obligatoire");
        var name = offre.Entreprise?.Nom ?? raw.Employer.Name;
        // "Confidentiel", "Entreprise non communiquée": a placeholder is no name.
        if (EmployerIdentity.IsMissing(name) && string.IsNullOrWhiteSpace(context.Offer.Siret) && string.IsNullOrWhiteSpace(raw.Employer.Siret))
            context.Report(this, "offre anonyme dont l'employeur est inconnu : le nom ou le SIRET de l'employeur doit être communiqué");
        if (IsAgency(context, name) && !SaysAgency(context, name))
            context.Report(this, "l'offre émane d'une entreprise de travail temporaire ou d'un cabinet de recrutement sans le dire",
                string.IsNullOrWhiteSpace(name) ? "employeur" : name, RuleDecision.Warn);
    }

    private bool IsAgency(RuleContext context, string? name)
    {
        if (context.Offer.Poster == Records.PosterKind.Agency || context.Offer.Raw.Employer.IsAgency == true)
            return true;
        var naf = context.Offre.CodeNAF ?? context.Offer.Raw.Employer.Naf;
        // Another activity's NAF code outweighs a brand in the name ("Kelly Coiffure" is a salon).
        if (naf is not null && !naf.StartsWith("78", StringComparison.Ordinal))
            return NameSaysInterim(name);
        if (naf is not null)
        {
            var digits = naf.Replace(".", "", StringComparison.Ordinal);
            // Temporary work (78.20Z) and other provision of staff (78.30Z). Not placement firms
            // (78.10Z): the law names temporary-work agencies, and a firm also hires its own staff.
            if (digits.StartsWith("7820", StringComparison.Ordinal) || digits.StartsWith("7830", StringComparison.Ordinal))
                return true;
        }
        // A brand leads an agency's name ("Adecco Lyon"); "Boulangerie du Triangle" is a bakery.
        return (EmployerIdentity.HeadClasses(_vocabulary, name) & TermClass.Agency) != 0 || NameSaysInterim(name);
    }

    private bool SaysAgency(RuleContext context, string? name)
    {
        var offre = context.Offre;
        return offre.TypeContrat is "MIS" or "DIN"
            || (offre.TypeContratLibelle?.Contains("intérim", StringComparison.OrdinalIgnoreCase) ?? false)
            || NameSaysInterim(name)
            || context.HitsOf(this).Count > 0;
    }

    private static bool NameSaysInterim(string? name) =>
        name is not null && (name.Contains("intérim", StringComparison.OrdinalIgnoreCase) || name.Contains("interim", StringComparison.OrdinalIgnoreCase)
            || name.Contains("temporaire", StringComparison.OrdinalIgnoreCase) || name.Contains("recrutement", StringComparison.OrdinalIgnoreCase));
}
