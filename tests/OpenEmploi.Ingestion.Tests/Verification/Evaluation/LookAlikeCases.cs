using OpenEmploi.Core.Offres;
using static OpenEmploi.Ingestion.Tests.Verification.Evaluation.EvalCase;

namespace OpenEmploi.Ingestion.Tests.Verification.Evaluation;

/// <summary>Compliant offers that look like violations (development set): the exceptions of each rule.</summary>
internal static class LookAlikeCases
{
    public static IEnumerable<EvalCase> All()
    {
        yield return Title("R01", [], "Vendeur / Vendeuse en boulangerie", Bases.All);
        yield return Title("R01", [], "Serveuse / Serveur", Bases.All);
        yield return Title("R01", [], "Vendeur(se) polyvalent(e)", Bases.All);
        yield return Title("R01", [], "Hôte / Hôtesse d'accueil", Bases.All);
        yield return Title("R01", [], "Agent(e) d'entretien", Bases.All);
        yield return Title("R01", [], "Femme ou homme de ménage", Bases.All);
        yield return Title("R01", [], "Sage-femme", Bases.All);
        yield return Title("R01", [], "Vendeuse H/F", Bases.All);
        yield return Sentence("R01", [], "Nous recrutons une vendeuse ou un vendeur pour notre boutique.", Bases.All);
        yield return Sentence("R01", [], "Le poste est ouvert aux femmes comme aux hommes.", Bases.All);
        yield return Sentence("R01", [], "Vous conseillez la clientèle au rayon prêt-à-porter féminin.", Bases.All);
        yield return Title("R01", [], "Mannequin femme pour défilé", change: o => o.RomeCode = "L1102");
        yield return Title("R01", [], "Comédienne pour le rôle de la mère", change: o => o.RomeCode = "L1203");

        yield return Sentence("R02", [], "Contrat d'apprentissage ouvert aux jeunes de 16 à 29 ans.", null, Apprentice);
        yield return Sentence("R02", [], "Conformément à la loi, l'apprentissage est accessible jusqu'à 29 ans révolus.", null, Apprentice);
        yield return Sentence("R02", [], "Contrat de professionnalisation pour les moins de 26 ans.", null, Apprentice);
        yield return Sentence("R02", [], "Vous devez être majeur(e) pour servir de l'alcool.", Bases.All);
        yield return Sentence("R02", [], "Âge minimum légal : 18 ans (service d'alcool).", Bases.All);
        yield return Sentence("R02", [], "Entreprise familiale fondée il y a 40 ans.", Bases.All);
        yield return Sentence("R02", [], "Fort de 25 ans d'expérience, notre cabinet accompagne les PME.", Bases.All);
        yield return Sentence("R02", [], "Vous accompagnerez des jeunes de 16 à 25 ans en insertion.", Bases.All);
        yield return Sentence("R02", [], "Accueil d'enfants de moins de 6 ans.", Bases.All);
        yield return Sentence("R02", [], "Rejoignez une jeune entreprise innovante.", Bases.All);
        yield return Sentence("R02", [], "Vous justifiez de 3 ans d'expérience minimum.", Bases.Experience("E"));

        yield return Sentence("R03", [], "Maîtrise du français écrit et oral exigée.", Bases.All);
        yield return Sentence("R03", [], "Anglais courant apprécié.", Bases.All);
        yield return Sentence("R03", [], "Titre de séjour en cours de validité exigé.", Bases.All);
        yield return Sentence("R03", [], "Poste ouvert aux fonctionnaires par voie de concours : nationalité française requise.", null, o => o.CodeNAF = "84.11Z");
        yield return Sentence("R03", [], "Cuisine d'origine italienne, produits frais.", Bases.All);
        yield return Sentence("R03", [], "Nous étudions toutes les candidatures sans distinction d'origine ou de nationalité.", Bases.All);
        yield return Sentence("R03", [], "Vous traduisez vers votre langue maternelle, l'anglais.", null, o => Rome(o, "E1108", "Traducteur / Traductrice H/F"));

        yield return Sentence("R04", [], "Remplacement d'un congé maternité.", Bases.All);
        yield return Sentence("R04", [], "Vous accompagnez les femmes enceintes tout au long de leur grossesse.", null, o => Rome(o, "J1104", "Sage-femme"));
        yield return Sentence("R04", [], "Garde d'enfants à domicile le mercredi.", Bases.All);
        yield return Sentence("R04", [], "Horaires compatibles avec une vie de famille.", Bases.All);
        yield return Sentence("R04", [], "Sans distinction de situation familiale ou d'orientation sexuelle.", Bases.All);
        yield return Sentence("R04", [], "Vous assurez l'installation d'enceintes acoustiques.", Bases.All);
        yield return Sentence("R04", [], "Conseil à la clientèle au rayon robes de mariée.", Bases.All);

        yield return Sentence("R05", [], "Poste ouvert aux travailleurs handicapés (RQTH).", Bases.All);
        yield return Sentence("R05", [], "Ce poste est réservé prioritairement aux bénéficiaires de l'obligation d'emploi des travailleurs handicapés.", Bases.All);
        yield return Sentence("R05", [], "Bonne présentation exigée.", Bases.All);
        yield return Sentence("R05", [], "Tenue soignée.", Bases.All);
        yield return Sentence("R05", [], "Bonne condition physique (port de charges).", Bases.All);
        yield return Sentence("R05", [], "Titre de séjour valide.", Bases.All);
        yield return Sentence("R05", [], "Taille 1m75 minimum pour les défilés.", null, o => Rome(o, "L1102", "Mannequin H/F"));
        yield return Sentence("R05", [], "Notre groupe affiche une santé financière solide.", Bases.All);

        yield return Sentence("R06", [], "Poste situé à proximité du métro.", Bases.All);
        yield return Sentence("R06", [], "Habiter à moins de 20 minutes du site pour les astreintes de nuit.", Bases.All);
        yield return Sentence("R06", [], "Accessible en transports en commun.", Bases.All);
        yield return Sentence("R06", [], "Vous instruisez les dossiers de surendettement des ménages.", Bases.All);
        yield return Sentence("R06", [], "Salaire versé par virement sur votre compte bancaire.", Bases.All);

        yield return Sentence("R07", [], "Frais de déplacement remboursés.", Bases.All);
        yield return Sentence("R07", [], "Aucun frais ne vous sera demandé.", Bases.All);
        yield return Sentence("R07", [], "Vous gérez les frais d'inscription des stagiaires.", Bases.All);
        yield return Sentence("R07", [], "Tenue fournie par l'entreprise.", Bases.All);
        yield return Sentence("R07", [], "Prime de panier et tickets restaurant.", Bases.All);
        yield return Sentence("R07", [], "Contact : 01 45 67 89 10.", Bases.All);

        foreach (var c in LookAlikeCases2.R08to13())
            yield return c;
    }

    public static void Apprentice(Offre o)
    {
        o.Alternance = true;
        o.NatureContrat = "Contrat d'apprentissage";
    }

    public static void Rome(Offre o, string code, string title)
    {
        o.RomeCode = code;
        o.Intitule = title;
    }
}
