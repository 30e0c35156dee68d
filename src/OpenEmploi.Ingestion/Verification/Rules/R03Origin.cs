using OpenEmploi.Ingestion.Verification.Text;

namespace OpenEmploi.Ingestion.Verification.Rules;

/// <summary>
/// R03: origin, nationality, religion, surname or accent (L1132-1): "nationalité française exigée",
/// "type européen", "sans accent", "de confession catholique", "français langue maternelle".
/// A nationality requirement is lawful for posts the law reserves to nationals (civil service,
/// police, armed forces, defence clearances): public employers (NAF 84), ROME K14/K17/K19, or an
/// offer that says "fonction publique", "concours", "fonctionnaire", "habilitation"…
/// </summary>
internal sealed class R03Origin : Rule
{
    private const int Nationality = 0;
    private const int Origin = 1;
    private const int Native = 2;
    private const int PublicService = 3;
    private const int Excluded = 4;

    private WordSet _goods = null!;
    private WordSet _persons = null!;
    private WordSet _languageWork = null!;
    private WordSet _languageAfter = null!;
    private WordSet _languageBefore = null!;
    private WordSet _frenchOrEu = null!;
    private WordSet _public = null!;

    public override string Code => "R03";

    public override RuleDecision Decision => RuleDecision.Block;

    public override string Basis => "art. L1132-1 du Code du travail";

    public override void Register(RuleSetup setup)
    {
        // Origins as adjectives (the stemmer joins feminine and plural, except -ais/-ois, -ec and -c
        // forms, listed twice). Many are also languages: see SpeaksOf.
        setup.Class(TermClass.Nationality,
            "français française européen caucasien maghrébin africain asiatique arabe berbère kabyle étranger étrangère " +
            "occidental oriental hispanique latino slave scandinave nordique méditerranéen antillais antillaise réunionnais réunionnaise " +
            "martiniquais martiniquaise guadeloupéen guyanais guyanaise mahorais mahoraise comorien malgache métropolitain américain " +
            "belge suisse allemand italien espagnol portugais portugaise anglais anglaise britannique irlandais irlandaise écossais écossaise " +
            "néerlandais néerlandaise hollandais hollandaise polonais polonaise roumain bulgare russe ukrainien tchèque slovaque hongrois " +
            "hongroise serbe croate bosniaque albanais albanaise kosovar grec grecque turc turque arménien géorgien moldave tchétchène " +
            "libanais libanaise syrien égyptien algérien marocain tunisien libyen sénégalais sénégalaise malien ivoirien camerounais " +
            "camerounaise congolais congolaise guinéen burkinabé nigérian ghanéen togolais togolaise béninois béninoise mauritanien " +
            "éthiopien érythréen somalien soudanais tchadien gabonais gabonaise capverdien chinois chinoise japonais japonaise coréen " +
            "vietnamien cambodgien laotien thaïlandais thaïlandaise philippin indonésien indien pakistanais pakistanaise bangladais " +
            "bangladaise tamoul afghan iranien irakien kurde israélien palestinien brésilien argentin colombien mexicain péruvien " +
            "chilien haïtien cubain rom roms tsigane gitan manouche",
            exact: false);
        setup.Class(TermClass.Religion,
            "catholique catholiques chrétien chrétienne chrétiens musulman musulmane musulmans juif juive juifs protestant protestante " +
            "orthodoxe bouddhiste hindou hindoue athée évangélique évangéliste",
            exact: false);
        setup.Patterns(this, Nationality,
            "nationalité *2 @Nationality|=ue|=cee|union",
            "citoyen|citoyenne|citoyenneté|ressortissant *2 @Nationality|=ue|union",
            "européen|européenne|européens|européennes|étranger|étrangers|étrangère|étrangères uniquement|exclusivement|seulement|exigé|obligatoire|requis|abstenir");
        setup.Patterns(this, Origin,
            "origine *2 @Nationality|ethnique|=ethnie",
            "@Nationality de souche|naissance", "de souche @Nationality", "=né|=née|=nés|=nées =en =france",
            "type @Nationality|=caucasien|=caucasienne|=nordique|=méditerranéen|=méditerranéenne",
            "profil|candidat|candidate|candidats|personne|personnes|physique|look|apparence @Nationality",
            "peau claire|blanche|noire|mate|foncée", "couleur de peau", "=race blanche|noire|caucasienne", "=ethnie|=ethnique",
            "=bbr", "bleu blanc rouge",
            "sans|pas|aucun accent", "accent *3 =non accepté|acceptée|toléré", "accent *3 proscrit|interdit|exclu|refusé", "accent neutre",
            "personne|personnes|gens|candidat|candidats|candidate|candidates de couleur", "culture @Religion",
            "nom|patronyme *2 consonance", "consonance *2 @Nationality|étrangère", "patronyme @Nationality",
            "confession *2 @Religion", "religion *2 @Religion|exigé|requis|obligatoire",
            "@Religion uniquement|exigé|requis|obligatoire|souhaité|impératif|exclusivement|préférence",
            "être|êtes|soyez|candidat|candidate|profil|personne @Religion");
        setup.Patterns(this, Nationality, "être|êtes|soyez *1 @Nationality");
        setup.Patterns(this, Origin,
            "personne|personnes|candidat|candidate|candidats|candidates|profil|peau|type blanc|blanche|blancs|blanches|noir|noire|noirs|noires|métis|métisse|basané|basanée|typé|typée");
        // "Candidats étrangers s'abstenir", "les personnes issues de l'immigration ne seront pas retenues".
        // "Pas de français requis" speaks of a language: "pas de X" only for origins that are none.
        setup.Excluded(this, Excluded, "@Nationality|@Religion|étrangers|étrangères|immigré|immigrés|immigrée|immigrées|immigration|origine|origines|confession",
            "étranger|étrangers|étrangère|étrangères|immigré|immigrés|maghrébin|maghrébins|africain|africains|arabe|arabes|asiatique|asiatiques|" +
            "noir|noirs|noire|noires|rom|roms|gitan|gitans|musulman|musulmans|juif|juifs");
        setup.Excluded(this, Excluded, "gens ?du voyage");
        setup.Patterns(this, Native, "langue maternelle", "locuteur|locutrice natif|native", "=native =speaker");
        _goods = setup.Words("produit produits viande fabrication appellation label matière matériaux bois fruit légume vin ingrédient garantie " +
            "contrôlée aoc aop igp denrée marchandise pièce cuisine gastronomie recette spécialité plat");
        setup.Patterns(this, PublicService, "fonction publique", "fonctionnaire|concours|habilitation|armée|militaire|gendarmerie|préfecture|ministère|magistrat",
            "police nationale|municipale", "secret défense");
        _persons = setup.Words("profil personne candidat candidate physique look apparence visage homme femme collaborateur collaboratrice");
        _languageWork = setup.Words("traducteur traductrice traduction interprète interprétariat professeur enseignant formateur");
        _languageAfter = setup.Words("courant courante lu écrit parlé bilingue niveau maîtrisé maîtrise notions langue oral technique professionnel");
        _languageBefore = setup.Words("langue langues niveau maîtrise maîtriser~ parler~ bilingue connaissance connaissances notions traduire~ " +
            "traduction pratique pratiquer~ =en");
        _public = setup.ServedPublic();
        _frenchOrEu = setup.Words("français française européen européenne =ue =cee union");
    }

    public override void Check(RuleContext context)
    {
        foreach (var hit in context.HitsOf(this))
        {
            if (hit.Tag == PublicService || context.InEqualOpportunity(hit.First)
                || (hit.Tag == Nationality && context.NearClass(hit.First, hit.Last, 2, 0, TermClass.Negation)))
                continue;
            switch (hit.Tag)
            {
                case Excluded when !context.Excludes(hit):
                // "Vous accompagnez des personnes étrangères": the public served.
                case Nationality or Origin or Excluded when context.Near(hit.First, hit.Last, 5, 0, _public):
                case Nationality or Origin when SpeaksOf(context, hit):
                // The law reserves some posts to French and EU nationals, never to another nationality.
                case Nationality when IsReservedToNationals(context) && Names(context, hit, _frenchOrEu):
                case Origin when context.Near(hit.First, hit.Last, 4, 1, _goods) || QualifiesAThing(context, hit.First):
                case Origin when IsReligiousOrganisation(context) && NamesReligion(context, hit):
                case Native when context.Anywhere(_languageWork, FieldKind.Title) || context.RomeIn("E1108"):
                    continue;
            }
            var message = hit.Tag == Native
                ? "exiger une langue maternelle revient à exiger une origine : demander plutôt un niveau de langue"
                : "une offre ne peut pas retenir l'origine, la nationalité, l'apparence ethnique, la religion, le nom ou l'accent des candidats";
            context.Report(this, message, hit.First, hit.Last);
        }
    }

    /// <summary>"Prises de type européen": "X de type Y" describes X, and X is not a person.</summary>
    private bool QualifiesAThing(RuleContext context, int first)
    {
        var text = context.Text;
        if (text.Folded(text[first]) is not "type" || first < 2 || text.Folded(text[first - 1]) is not "de")
            return false;
        return text[first - 2].Sentence == text[first].Sentence && !_persons.Contains(text[first - 2]);
    }

    /// <summary>"Être bilingue anglais", "profil : anglais courant": a language, not an origin.</summary>
    private bool SpeaksOf(RuleContext context, Hit hit)
    {
        var text = context.Text;
        for (var i = hit.First; i <= hit.Last; i++)
        {
            if ((text[i].Classes & TermClass.Nationality) == 0)
                continue;
            if (context.Near(i, i, 0, 2, _languageAfter) || context.Near(i, i, 3, 0, _languageBefore))
                return true;
        }
        return false;
    }

    private static bool Names(RuleContext context, Hit hit, WordSet words)
    {
        for (var i = hit.First; i <= hit.Last; i++)
        {
            if (words.Contains(context.Text[i]))
                return true;
        }
        return false;
    }

    private static bool NamesReligion(RuleContext context, Hit hit)
    {
        for (var i = hit.First; i <= hit.Last; i++)
        {
            if ((context.Text[i].Classes & TermClass.Religion) != 0)
                return true;
        }
        return false;
    }

    /// <summary>A church or religious association may require its faith for posts that carry it (tendency organisation).</summary>
    private static bool IsReligiousOrganisation(RuleContext context) =>
        (context.Offre.CodeNAF ?? context.Offer.Raw.Employer.Naf)?.Replace(".", "", StringComparison.Ordinal).StartsWith("9491", StringComparison.Ordinal) ?? false;

    /// <summary>Posts the law reserves to French or EU nationals: civil service, police, armed forces, defence.</summary>
    private bool IsReservedToNationals(RuleContext context)
    {
        var naf = context.Offre.CodeNAF ?? context.Offer.Raw.Employer.Naf;
        return (naf is not null && naf.StartsWith("84", StringComparison.Ordinal))
            || context.RomeIn("K14", "K17", "K19")
            || context.HitsOf(this).Exists(h => h.Tag == PublicService);
    }
}
