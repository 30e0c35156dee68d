using static OpenEmploi.Ingestion.Tests.Verification.Evaluation.EvalCase;

namespace OpenEmploi.Ingestion.Tests.Verification.Evaluation;

/// <summary>
/// Violations of R01–R07 in the wordings used while developing the rules. Written as offers are
/// written (several paraphrases per rule, punctuation and case as found in the wild), not as the
/// rules' patterns: some of them were missed at first and made the rules better.
/// </summary>
internal static class ViolationCases
{
    public static IEnumerable<EvalCase> R01to07()
    {
        string[] r01 = ["R01"];
        yield return Sentence("R01", r01, "Poste réservé aux hommes en raison des charges à porter.", Bases.All);
        yield return Sentence("R01", r01, "Nous recherchons uniquement des femmes pour compléter l'équipe.", Bases.All);
        yield return Sentence("R01", r01, "Profil recherché : homme, motivé et disponible.", Bases.All);
        yield return Sentence("R01", ["R01", "R02"], "JH motivé pour travail en entrepôt.", Bases.All);
        yield return Sentence("R01", r01, "Candidat de sexe masculin exigé.", Bases.All);
        yield return Sentence("R01", r01, "L'équipe souhaite accueillir une femme pour équilibrer l'atelier.", Bases.All);
        yield return Title("R01", r01, "Vendeuse", Bases.All);
        yield return Title("R01", r01, "SERVEUSE EN RESTAURATION", Bases.All);
        yield return Title("R01", r01, "Femme de ménage", Bases.All);
        yield return Sentence("R01", r01, "Nous recrutons une hôtesse d'accueil souriante.", Bases.All);

        string[] r02 = ["R02"];
        yield return Sentence("R02", r02, "Âge : 25-35 ans.", Bases.All);
        yield return Sentence("R02", r02, "Vous avez moins de 30 ans et une première expérience.", Bases.All);
        yield return Sentence("R02", r02, "Idéal pour jeune diplômé souhaitant débuter.", Bases.All);
        yield return Sentence("R02", r02, "Rejoignez une équipe de jeunes talents : vous êtes jeune et dynamique !", Bases.All);
        yield return Sentence("R02", r02, "Candidats âgés de 20 à 30 ans.", Bases.All);
        yield return Sentence("R02", r02, "Limite d'âge : 45 ans.", Bases.All);
        yield return Sentence("R02", r02, "Profil junior, 35 ans maximum.", Bases.All);
        yield return Sentence("R02", r02, "Poste réservé aux moins de 26 ans.", Bases.All);

        string[] r03 = ["R03"];
        bool Private(Core.Offres.Offre o) => Bases.All(o) && Bases.NotPublic(o);
        yield return Sentence("R03", r03, "Nationalité française exigée.", Private);
        yield return Sentence("R03", r03, "Profil de type européen souhaité.", Private);
        yield return Sentence("R03", r03, "Excellente élocution, sans accent.", Private);
        yield return Sentence("R03", r03, "Candidats d'origine maghrébine s'abstenir.", Private);
        yield return Sentence("R03", r03, "Nous recherchons une personne de confession catholique.", Private);
        yield return Sentence("R03", r03, "Français langue maternelle impératif.", o => Private(o) && Bases.NotLanguageJob(o));
        yield return Sentence("R03", r03, "Européens uniquement.", Private);

        string[] r04 = ["R04"];
        yield return Sentence("R04", r04, "Célibataire de préférence, déplacements fréquents.", Bases.All);
        yield return Sentence("R04", r04, "Poste pour personne sans enfant.", Bases.All);
        yield return Sentence("R04", r04, "Femme enceinte s'abstenir.", Bases.All);
        yield return Sentence("R04", r04, "Vous êtes marié(e) et stable.", Bases.All);
        yield return Sentence("R04", r04, "Pas de projet de grossesse dans les deux ans.", Bases.All);
        yield return Sentence("R04", r04, "Idéal pour mère de famille.", Bases.All);
        yield return Sentence("R04", r04, "Personne de bonnes mœurs.", Bases.All);
        yield return Sentence("R04", r04, "Candidat hétérosexuel uniquement.", Bases.All);

        string[] r05 = ["R05"];
        yield return Sentence("R05", r05, "Bonne santé indispensable.", Bases.All);
        yield return Sentence("R05", r05, "Personne valide pour port de charges.", Bases.All);
        yield return Sentence("R05", r05, "Handicap non compatible avec le poste.", Bases.All);
        yield return Sentence("R05", r05, "Physique agréable exigé.", Bases.All);
        yield return Sentence("R05", r05, "Pas de tatouages visibles.", Bases.All);
        yield return Sentence("R05", r05, "Taille minimum 1m70.", Bases.All);
        yield return Sentence("R05", r05, "Belle présentation et joli visage.", Bases.All);
        yield return Sentence("R05", r05, "Aucun problème de santé.", Bases.All);

        string[] r06 = ["R06"];
        yield return Sentence("R06", r06, "Réservé aux habitants du quartier des Minguettes.", Bases.All);
        yield return Sentence("R06", r06, "Candidats résidant à Lyon 8e uniquement.", Bases.All);
        yield return Sentence("R06", r06, "Domiciliation bancaire au Crédit Agricole obligatoire.", Bases.All);
        yield return Sentence("R06", r06, "Non fiché Banque de France.", Bases.All);
        yield return Sentence("R06", r06, "Être propriétaire de son logement.", Bases.All);
        yield return Sentence("R06", r06, "Habitants de Villeurbanne exclusivement.", Bases.All);

        string[] r07 = ["R07"];
        yield return Sentence("R07", r07, "Frais de dossier : 50 € à régler à l'inscription.", Bases.All);
        yield return Sentence("R07", r07, "Un kit de démarrage à 89 € est à acheter.", Bases.All);
        yield return Sentence("R07", r07, "Formation obligatoire à vos frais.", Bases.All);
        yield return Sentence("R07", r07, "Pour postuler, appelez le 08 99 23 45 67.", Bases.All);
        yield return Sentence("R07", r07, "Une participation financière de 30 € vous sera demandée.", Bases.All);
        yield return Sentence("R07", r07, "Accès aux offres réservé aux abonnés : 9,90 € par mois.", Bases.All);
    }
}
