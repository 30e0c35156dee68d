using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Records;
using static OpenEmploi.Ingestion.Tests.Verification.Evaluation.EvalCase;
using static OpenEmploi.Ingestion.Tests.Verification.Evaluation.LookAlikeCases;
using static OpenEmploi.Ingestion.Tests.Verification.Evaluation.ViolationCases2;

namespace OpenEmploi.Ingestion.Tests.Verification.Evaluation;

/// <summary>
/// Seventh held-out batch, written (and committed) before the rules were generalised for the
/// misses of the sixth, without reading the rules' patterns, and measured only after that work:
/// the estimate of recall on phrasings the rules never saw (docs/verification.md records the run).
/// More wordings for the rules batch 6 found weakest (R04–R08, R12).
/// </summary>
internal static class HeldOutCases7
{
    private const string Warehouse =
        "We are looking for a warehouse operative to join our logistics team. You will pick and pack customer orders, "
        + "load and unload delivery trucks and keep the storage area clean and safe. Previous experience with a handheld scanner "
        + "is a plus. Day shifts from Monday to Friday, overtime paid. Please send your resume through the application link.";

    public static IEnumerable<EvalCase> All() => Violations().Concat(LookAlikes()).Select(c => c with { HeldOut = true });

    private static IEnumerable<EvalCase> Violations()
    {
        string[] r01 = ["R01"], r02 = ["R02"], r03 = ["R03"], r04 = ["R04"], r05 = ["R05"], r06 = ["R06"], r07 = ["R07"], r08 = ["R08"],
            r09 = ["R09"], r10 = ["R10"], r11 = ["R11"], r12 = ["R12"], r13 = ["R13"];
        yield return Sentence("R01", r01, "Équipe exclusivement féminine : nous cherchons une nouvelle collègue.", Bases.All);
        yield return Title("R01", r01, "Serveuse en brasserie", Bases.All);
        yield return Sentence("R01", r01, "Recherche un monsieur pour la manutention.", Bases.All);
        yield return Sentence("R01", r01, "Candidatures féminines uniquement.", Bases.All);
        yield return Sentence("R01", r01, "Profil masculin souhaité pour ce poste de chantier.", Bases.All);
        yield return Title("R01", r01, "Caissière libre-service", Bases.All);

        yield return Sentence("R02", r02, "Âgé(e) de 18 à 26 ans maximum.", Bases.All);
        yield return Sentence("R02", r02, "Vous avez entre 25 et 40 ans.", Bases.All);
        yield return Sentence("R02", r02, "Nous ne recrutons pas au-delà de 50 ans.", Bases.All);
        yield return Sentence("R02", r02, "Limite d'âge : 35 ans.", Bases.All);
        yield return Sentence("R02", r02, "Vous êtes jeune et motivé ?", Bases.All);
        yield return Sentence("R02", r02, "Équipe dynamique cherche un profil de moins de trente ans.", Bases.All);
        yield return Sentence("R02", r02, "Candidats seniors s'abstenir.", Bases.All);

        yield return Sentence("R03", r03, "Candidats maghrébins s'abstenir.", Bases.Private);
        yield return Sentence("R03", r03, "Être de nationalité française est indispensable pour ce poste de serveur.", Bases.Private);
        yield return Sentence("R03", r03, "Parler sans accent étranger est exigé.", Bases.Private);
        yield return Sentence("R03", r03, "Apparence européenne souhaitée.", Bases.Private);
        yield return Sentence("R03", r03, "Nom de famille à consonance française apprécié.", Bases.Private);
        yield return Sentence("R03", r03, "Personnes de couleur : merci de ne pas postuler.", Bases.Private);

        yield return Sentence("R04", r04, "Pas de grossesse prévue dans les deux ans.", Bases.All);
        yield return Sentence("R04", r04, "Vous êtes marié(e) et stable.", Bases.All);
        yield return Sentence("R04", r04, "Personne sans charge de famille.", Bases.All);
        yield return Sentence("R04", r04, "Parents de jeunes enfants s'abstenir.", Bases.All);
        yield return Sentence("R04", r04, "Merci d'indiquer votre situation maritale.", Bases.All);
        yield return Sentence("R04", r04, "Hétérosexuel de préférence.", Bases.All);
        yield return Sentence("R04", r04, "Bonnes mœurs et vie privée irréprochable exigées.", Bases.All);
        yield return Sentence("R04", r04, "Pas de projet de maternité à court terme.", Bases.All);
        yield return Sentence("R04", r04, "Pacsé ou marié, c'est un plus.", Bases.All);
        yield return Sentence("R04", r04, "Nous recherchons une personne divorcée, sans attaches.", Bases.All);

        yield return Sentence("R05", r05, "En parfaite santé physique et mentale.", Bases.All);
        yield return Sentence("R05", r05, "Personnes à mobilité réduite s'abstenir.", Bases.All);
        yield return Sentence("R05", r05, "Belle présentation physique exigée.", Bases.All);
        yield return Sentence("R05", r05, "Poids maximum : 80 kg.", Bases.All);
        yield return Sentence("R05", r05, "Sans antécédents médicaux.", Bases.All);
        yield return Sentence("R05", r05, "Jolie silhouette appréciée.", Bases.All);
        yield return Sentence("R05", r05, "Aucun arrêt maladie au cours des deux dernières années.", Bases.All);
        yield return Sentence("R05", r05, "Les personnes en situation de handicap ne peuvent pas être retenues.", Bases.All);

        yield return Sentence("R06", r06, "Vous résidez obligatoirement à Villeurbanne.", Bases.All);
        yield return Sentence("R06", r06, "Seuls les candidats domiciliés dans le département seront retenus.", Bases.All);
        yield return Sentence("R06", r06, "Habiter à proximité immédiate du magasin est une condition.", Bases.All);
        yield return Sentence("R06", r06, "Candidats vivant en banlieue s'abstenir.", Bases.All);
        yield return Sentence("R06", r06, "Vous êtes client de la Banque Populaire.", Bases.All);
        yield return Sentence("R06", r06, "Fiché à la Banque de France : candidature refusée.", Bases.All);
        yield return Sentence("R06", r06, "Pas de personnes surendettées.", Bases.All);
        yield return Sentence("R06", r06, "Vous logez à moins de 5 km de l'entrepôt.", Bases.All);
        yield return Sentence("R06", r06, "Priorité aux résidents de la ville.", Bases.All);
        yield return Sentence("R06", r06, "Votre salaire sera versé uniquement sur un compte ouvert à la Société Générale.", Bases.All);

        yield return Sentence("R07", r07, "Une participation de 80 € aux frais de formation vous sera demandée.", Bases.All);
        yield return Sentence("R07", r07, "L'achat de votre tenue (120 €) est à votre charge avant le démarrage.", Bases.All);
        yield return Sentence("R07", r07, "Inscription payante à notre réseau de vendeurs : 49 €.", Bases.All);
        yield return Sentence("R07", r07, "Pour recevoir le dossier complet, envoyez un chèque de 25 €.", Bases.All);
        yield return Sentence("R07", r07, "Appelez le 08 92 68 00 00 (0,80 €/min) pour postuler.", Bases.All);
        yield return Sentence("R07", r07, "Dépôt de garantie de 300 € demandé pour le véhicule de service.", Bases.All);
        yield return Sentence("R07", r07, "Abonnement mensuel de 9,90 € pour accéder aux missions.", Bases.All);
        yield return Sentence("R07", r07, "Vous achetez votre stock de départ pour commencer à vendre.", Bases.All);
        yield return Sentence("R07", r07, "Frais d'ouverture de dossier à régler avant l'entretien.", Bases.All);

        yield return Sentence("R08", r08, "Mission ponctuelle de 10 jours.", Bases.Contract("CDI"));
        yield return Sentence("R08", r08, "Poste en CDD de six mois.", Bases.Contract("CDI"));
        yield return Sentence("R08", r08, "Contrat saisonnier pour la saison d'été.", Bases.Contract("CDI"));
        yield return Sentence("R08", r08, "Embauche directe en CDI.", Bases.Contract("CDD"));
        yield return Sentence("R08", r08, "Minimum 4 années d'expérience sur un poste similaire.", Bases.Experience("D"));
        yield return Sentence("R08", r08, "Expérience confirmée de dix ans exigée.", Bases.Experience("D"));
        yield return Fields("R08", r08, "1 500 € par mois pour 35 h", (o, _) => Pay(o, "Mensuel de 1500.00 Euros sur 12 mois", "35H Horaires normaux"), Bases.Salaried);
        yield return Fields("R08", r08, "8,50 € de l'heure", (o, _) => Pay(o, "Horaire de 8.50 Euros sur 12 mois", null), Bases.Salaried);

        yield return Fields("R09", r09, "description en anglais (entrepôt)", (o, _) => o.Description = Warehouse, Bases.NotLanguageJob);
        yield return Fields("R09", r09, "anglais, une ligne en français", (o, _) => o.Description = Warehouse + "\nPoste basé à Lyon.", Bases.NotLanguageJob);

        yield return Fields("R10", r10, "agence déclarée par le poseur (Start People)", (o, _) => (o.Entreprise, o.CodeNAF) = (new Entreprise { Nom = "Start People" }, null), Bases.NotAgency, PosterKind.Agency);
        yield return Fields("R10", r10, "agence au NAF 78.20Z (Leader Emploi)", (o, _) => Agency(o, "Leader Emploi"), Bases.NotAgency);
        yield return Fields("R10", r10, "« N/C » sans SIRET", (o, _) => o.Entreprise = new Entreprise { Nom = "N/C" }, dropSiret: true);
        yield return Fields("R10", r10, "« Société » sans SIRET", (o, _) => o.Entreprise = new Entreprise { Nom = "Société" }, dropSiret: true);
        yield return Fields("R10", r10, "sans date", (o, _) => o.DateCreation = default);

        yield return Sentence("R11", r11, "Joindre obligatoirement une photo d'identité récente.", Bases.Unregulated);
        yield return Sentence("R11", r11, "Fournir un bulletin n°3 du casier judiciaire.", Bases.Unregulated);
        yield return Sentence("R11", r11, "Lettre manuscrite demandée pour une étude graphologique.", Bases.Unregulated);
        yield return Sentence("R11", r11, "Vous fournirez une copie de votre carte vitale avec le CV.", Bases.Unregulated);
        yield return Sentence("R11", r11, "Casier vierge impératif.", Bases.Unregulated);

        yield return Sentence("R12", r12, "Pas d'engagement politique.", Bases.All);
        yield return Sentence("R12", r12, "Les délégués syndicaux ne sont pas les bienvenus.", Bases.All);
        yield return Sentence("R12", r12, "Vous n'avez jamais participé à une grève.", Bases.All);
        yield return Sentence("R12", r12, "Port du voile interdit.", Bases.All);
        yield return Sentence("R12", r12, "Sympathisants d'extrême gauche s'abstenir.", Bases.All);
        yield return Sentence("R12", r12, "Appartenance à un parti politique incompatible avec le poste.", Bases.All);
        yield return Sentence("R12", r12, "Aucune activité militante tolérée.", Bases.All);

        yield return Fields("R13", r13, "« rémunération motivante »", (o, r) =>
        {
            o.Salaire = null;
            o.Description = Inject(o.Description ?? "", "Rémunération motivante.", r);
        });
        yield return Fields("R13", r13, "« salaire à discuter »", (o, r) =>
        {
            o.Salaire = null;
            o.Description = Inject(o.Description ?? "", "Salaire à discuter lors de l'entretien.", r);
        });
    }

    private static IEnumerable<EvalCase> LookAlikes()
    {
        string[] none = [];
        yield return Title("R01", none, "Serveur / Serveuse", Bases.All);
        yield return Sentence("R01", none, "Notre salon accueille une clientèle féminine et masculine.", Bases.All);
        yield return Title("R01", none, "Caissier (H/F)", Bases.All);
        yield return Sentence("R01", none, "Vous conseillez les futures mariées dans le choix de leur robe.", Bases.All);

        yield return Sentence("R02", none, "Accueil d'un public de 15 à 25 ans en foyer.", Bases.All);
        yield return Sentence("R02", none, "Entreprise jeune et innovante créée en 2020.", Bases.All);
        yield return Sentence("R02", none, "Vous animez des ateliers pour les personnes âgées de la résidence.", Bases.All);
        yield return Sentence("R02", none, "Notre atelier fête ses 40 ans cette année.", Bases.All);

        yield return Sentence("R03", none, "Restaurant de spécialités libanaises.", Bases.All);
        yield return Sentence("R03", none, "Vous accompagnez des demandeurs d'asile dans leurs démarches.", Bases.All);
        yield return Sentence("R03", none, "Vous vendez des vins d'origine française et espagnole.", Bases.All);
        yield return Sentence("R03", none, "Autorisation de travail en France exigée.", Bases.All);

        yield return Sentence("R04", none, "Mutuelle familiale prise en charge à 60 %.", Bases.All);
        yield return Sentence("R04", none, "Crèche d'entreprise pour les enfants des salariés.", Bases.All);
        yield return Sentence("R04", none, "Vous préparez les repas des enfants de la crèche.", Bases.All);
        yield return Sentence("R04", none, "Vous accompagnez les couples dans leur projet immobilier.", Bases.All);

        yield return Sentence("R05", none, "Vous assurez la taille des haies et des arbustes.", Bases.All);
        yield return Sentence("R05", none, "Accès à la salle de sport de l'entreprise.", Bases.All);
        yield return Sentence("R05", none, "Poste ouvert aux travailleurs handicapés (RQTH).", Bases.All);
        yield return Sentence("R05", none, "Vous veillez à la santé et à la sécurité des résidents.", Bases.All);

        yield return Sentence("R06", none, "Vous livrez les clients habitant dans un rayon de 20 km.", Bases.All);
        yield return Sentence("R06", none, "Aide au logement possible (Action Logement).", Bases.All);
        yield return Sentence("R06", none, "Vous ouvrez les comptes bancaires des nouveaux clients.", Bases.All);
        yield return Sentence("R06", none, "Vous conseillez les propriétaires sur la gestion de leurs biens.", Bases.All);
        yield return Sentence("R06", none, "Agence située au cœur du quartier de la gare.", Bases.All);

        yield return Sentence("R07", none, "Tickets restaurant de 9 € pris en charge à 60 %.", Bases.All);
        yield return Sentence("R07", none, "Tenue de travail fournie gratuitement.", Bases.All);
        yield return Sentence("R07", none, "Vous encaissez les cautions des locations de vélos.", Bases.All);
        yield return Sentence("R07", none, "Aucun frais à votre charge : la formation est gratuite.", Bases.All);

        yield return Sentence("R08", none, "Période d'essai de deux mois.", Bases.Contract("CDI"));
        yield return Sentence("R08", none, "CDD de 12 mois pouvant déboucher sur un CDI.", Bases.Contract("CDD"));
        yield return Sentence("R08", none, "Débutants acceptés, formation de 3 semaines.", Bases.Experience("D"));
        yield return Fields("R08", none, "2 000 € par mois pour 35 h", (o, _) => Pay(o, "Mensuel de 2000.00 Euros sur 12 mois", "35H Horaires normaux"), Bases.Salaried);

        yield return Sentence("R09", none, "Logiciels utilisés : Excel, Word et Outlook.", Bases.All);

        yield return Fields("R10", none, "agence en contrat de mission (Manpower)", (o, _) => o.Entreprise = new Entreprise { Nom = "Manpower" }, Bases.Contract("MIS"), PosterKind.Agency);
        // Label corrected after the first run: a brand that says "Intérim" names the agency as one (L5332-3 is met).
        yield return Fields("R10", none, "agence au NAF 78.20Z nommée comme telle (Leader Intérim)", (o, _) => Agency(o, "Leader Intérim"), Bases.NotAgency);
        yield return Fields("R10", none, "« Entreprise confidentielle » avec SIRET", (o, _) => o.Entreprise = new Entreprise { Nom = "Entreprise confidentielle" });

        yield return Sentence("R11", none, "Photocopieur et scanner à disposition.", Bases.All);
        yield return Sentence("R11", none, "Bulletin n°2 du casier judiciaire vérifié (carte professionnelle CNAPS).", null, o => Rome(o, "K2503", "Agent de sécurité H/F"));
        yield return Sentence("R11", none, "Vous gérez les casiers des élèves de l'internat.", Bases.All);

        yield return Sentence("R12", none, "Vous préparez les élections du comité social et économique.", Bases.All);
        yield return Sentence("R12", none, "Vous faites visiter la cathédrale aux groupes scolaires.", Bases.All);
        yield return Sentence("R12", none, "Vous couvrez l'actualité politique locale pour notre journal.", Bases.All);

        yield return Fields("R13", none, "salaire horaire dans le texte", (o, r) =>
        {
            o.Salaire = null;
            o.Description = Inject(o.Description ?? "", "Salaire : 13 € brut de l'heure.", r);
        });
    }
}
