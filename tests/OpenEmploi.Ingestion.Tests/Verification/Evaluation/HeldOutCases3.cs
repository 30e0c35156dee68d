using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Records;
using static OpenEmploi.Ingestion.Tests.Verification.Evaluation.EvalCase;
using static OpenEmploi.Ingestion.Tests.Verification.Evaluation.LookAlikeCases;
using static OpenEmploi.Ingestion.Tests.Verification.Evaluation.ViolationCases2;

namespace OpenEmploi.Ingestion.Tests.Verification.Evaluation;

/// <summary>
/// Third held-out batch, written after the second one had been measured and used: the rules were
/// never changed after measuring it. Its figures are the honest estimate of how the rules do on
/// phrasings nobody tuned them to.
/// </summary>
internal static class HeldOutCases3
{
    public static IEnumerable<EvalCase> All() => Violations().Concat(LookAlikes()).Select(c => c with { HeldOut = true });

    private static IEnumerable<EvalCase> Violations()
    {
        bool Private(Offre o) => Bases.All(o) && Bases.NotPublic(o);
        bool Unregulated(Offre o) => Bases.All(o) && Bases.NotRegulated(o);
        string[] r01 = ["R01"], r02 = ["R02"], r03 = ["R03"], r04 = ["R04"], r05 = ["R05"], r06 = ["R06"], r07 = ["R07"], r08 = ["R08"], r11 = ["R11"], r12 = ["R12"];
        yield return Sentence("R01", r01, "Nous souhaitons recruter un homme pour ce poste physique.", Bases.All);
        yield return Sentence("R01", r01, "Seules les candidatures féminines seront étudiées.", Bases.All);
        yield return Title("R01", r01, "Boulangère", Bases.All);
        yield return Title("R01", r01, "Infirmière de bloc", Bases.All);
        yield return Sentence("R01", r01, "Poste destiné à une femme de préférence.", Bases.All);
        yield return Sentence("R01", r01, "Recherchons monsieur sérieux pour gardiennage.", Bases.All);

        yield return Sentence("R02", r02, "Vous avez entre 20 et 28 ans.", Bases.All);
        yield return Sentence("R02", r02, "Candidat de moins de 35 ans souhaité.", Bases.All);
        yield return Sentence("R02", r02, "Idéalement âgé(e) de 25 à 40 ans.", Bases.All);
        yield return Sentence("R02", r02, "Jeunes diplômés bienvenus !", Bases.All);
        yield return Sentence("R02", r02, "Profil jeune pour dynamiser l'équipe.", Bases.All);
        yield return Sentence("R02", r02, "Pas au-delà de 45 ans.", Bases.All);

        yield return Sentence("R03", r03, "Seuls les ressortissants français peuvent postuler.", Private);
        yield return Sentence("R03", r03, "Accent du sud non accepté.", Private);
        yield return Sentence("R03", r03, "Personne de couleur s'abstenir.", Private);
        yield return Sentence("R03", r03, "Nous cherchons un profil de type asiatique.", Private);
        yield return Sentence("R03", r03, "Vous êtes de culture musulmane.", Private);
        yield return Sentence("R03", r03, "Origine africaine exigée pour ce rôle d'ambassadeur.", Private);

        yield return Sentence("R04", r04, "Célibataires bienvenus, déplacements à l'étranger.", Bases.All);
        yield return Sentence("R04", r04, "Pas de jeunes enfants à charge.", Bases.All);
        yield return Sentence("R04", r04, "Candidates enceintes non retenues.", Bases.All);
        yield return Sentence("R04", r04, "Merci d'indiquer votre situation matrimoniale.", Bases.All);
        yield return Sentence("R04", r04, "Vie privée irréprochable exigée.", Bases.All);
        yield return Sentence("R04", r04, "Idéal pour maman en reprise d'activité.", Bases.All);

        yield return Sentence("R05", r05, "Être en bonne santé physique et mentale.", Bases.All);
        yield return Sentence("R05", r05, "Aucun arrêt maladie dans les deux dernières années.", Bases.All);
        yield return Sentence("R05", r05, "Physique avantageux apprécié pour l'accueil.", Bases.All);
        yield return Sentence("R05", r05, "Tatouages apparents refusés.", Bases.All);
        yield return Sentence("R05", r05, "RQTH non compatible avec le poste.", Bases.All);
        yield return Sentence("R05", r05, "Vous mesurez plus de 1m75.", Bases.All);

        yield return Sentence("R06", r06, "Uniquement les habitants de la ville de Roubaix.", Bases.All);
        yield return Sentence("R06", r06, "Résider obligatoirement dans le quartier.", Bases.All);
        yield return Sentence("R06", r06, "Aucun incident bancaire accepté.", Bases.All);
        yield return Sentence("R06", r06, "Vous devez être propriétaire de votre logement.", Bases.All);
        yield return Sentence("R06", r06, "Fournir votre dernier avis d'imposition.", Bases.All);

        yield return Sentence("R07", r07, "Des frais d'adhésion de 60 € sont à prévoir.", Bases.All);
        yield return Sentence("R07", r07, "Votre kit de vente vous sera facturé 120 euros.", Bases.All);
        yield return Sentence("R07", r07, "La formation initiale est payante (350 €).", Bases.All);
        yield return Sentence("R07", r07, "Renseignements au 0891 65 43 21.", Bases.All);
        yield return Sentence("R07", r07, "Vous réglez un acompte de 100 € avant votre prise de poste.", Bases.All);

        yield return Sentence("R08", r08, "CDD de 4 mois pour surcroît d'activité.", Bases.Contract("CDI"));
        yield return Sentence("R08", r08, "Mission courte de 3 semaines.", Bases.Contract("CDI"));
        yield return Sentence("R08", r08, "Au moins 6 ans d'expérience sur un poste identique.", Bases.Experience("D"));
        yield return Fields("R08", r08, "8 € de l'heure", (o, _) => Pay(o, "Horaire de 8.00 Euros sur 12 mois", null), Bases.Salaried);
        yield return Fields("R08", r08, "1 000 € pour 28 heures", (o, _) => Pay(o, "Mensuel de 1000.00 Euros sur 12 mois", "28H Horaires normaux"), Bases.Salaried);

        yield return Fields("R09", ["R09"], "description en anglais (comptabilité)", (o, _) => o.Description = English.Accountant, Bases.NotLanguageJob);
        yield return Fields("R09", ["R09"], "description en anglais (soins)", (o, _) => o.Description = English.Nurse, Bases.NotLanguageJob);

        yield return Fields("R10", ["R10"], "agence signalée par le flux sans le dire", (o, _) => o.Entreprise = new Entreprise { Nom = "Groupe Vauban RH" }, Bases.NotAgency, raw: r => r.Employer.IsAgency = true);
        yield return Fields("R10", ["R10"], "anonyme : nom et SIRET absents", (o, _) => o.Entreprise = new Entreprise { Description = "Entreprise du secteur." }, dropSiret: true);
        yield return Fields("R10", ["R10"], "sans date", (o, _) => o.DateCreation = default);

        yield return Sentence("R11", r11, "Un casier judiciaire vierge est indispensable.", Unregulated);
        yield return Sentence("R11", r11, "Photo d'identité obligatoire avec le CV.", Unregulated);
        yield return Sentence("R11", r11, "Merci de préciser votre groupe sanguin.", Unregulated);
        yield return Sentence("R11", r11, "Pas d'antécédents judiciaires.", Unregulated);

        yield return Sentence("R12", r12, "Non syndiqué impératif.", Bases.All);
        yield return Sentence("R12", r12, "Pas d'activité militante.", Bases.All);
        yield return Sentence("R12", r12, "Le voile n'est pas autorisé dans nos locaux.", Bases.All);
        yield return Sentence("R12", r12, "Pas de pratique religieuse visible.", Bases.All);
        yield return Sentence("R12", r12, "Sympathisant du parti exigé.", Bases.All);

        yield return Fields("R13", ["R13"], "salaire absent, texte sans montant", (o, _) => o.Salaire = null);
    }

    private static IEnumerable<EvalCase> LookAlikes()
    {
        yield return Title("R01", [], "Boulanger / Boulangère", Bases.All);
        yield return Title("R01", [], "Infirmier(ère) de bloc", Bases.All);
        yield return Sentence("R01", [], "Vente de vêtements pour femmes et hommes.", Bases.All);
        yield return Sentence("R02", [], "Apprentissage : ouvert aux moins de 30 ans (règle légale).", null, Apprentice);
        yield return Sentence("R02", [], "Nos vins jeunes sont élevés en cuve.", Bases.All);
        yield return Sentence("R02", [], "L'entreprise fête ses 20 ans cette année.", Bases.All);
        yield return Sentence("R03", [], "Spécialiste de la cuisine de type méditerranéen.", Bases.All);
        yield return Sentence("R03", [], "Bonne maîtrise de l'anglais et de l'espagnol.", Bases.All);
        yield return Sentence("R03", [], "Accessible aux ressortissants de l'Union européenne et aux titulaires d'un titre de séjour.", null, o => o.CodeNAF = "84.13Z");
        yield return Sentence("R04", [], "Tickets CESU pour la garde de vos enfants.", Bases.All);
        yield return Sentence("R04", [], "Accompagnement des femmes enceintes en consultation.", null, o => Rome(o, "J1104", "Sage-femme H/F"));
        yield return Sentence("R05", [], "Postes ouverts aux personnes bénéficiant de la RQTH.", Bases.All);
        yield return Sentence("R05", [], "Le candidat retenu passera une visite médicale d'embauche.", Bases.All);
        yield return Sentence("R06", [], "Proximité du domicile appréciée.", Bases.All);
        yield return Sentence("R06", [], "Nous gérons les comptes bancaires de nos clients.", Bases.All);
        yield return Sentence("R07", [], "Formation prise en charge à 100 % par l'employeur.", Bases.All);
        yield return Sentence("R07", [], "Vous percevez les frais de dossier des locataires.", Bases.All);
        yield return Sentence("R08", [], "Premier contrat de 6 mois puis CDI.", Bases.Contract("CDD"));
        yield return Sentence("R08", [], "Débutant accepté, une formation de 2 semaines est prévue.", Bases.Experience("D"));
        yield return Fields("R09", [], "interprète, description en anglais", (o, _) =>
        {
            Rome(o, "E1108", "Interprète anglais H/F");
            o.Description = English.Nurse;
        });
        yield return Fields("R10", [], "agence qui recrute pour son client", (o, r) =>
        {
            Agency(o, "Randstad Nantes");
            o.Description = Inject(o.Description ?? "", "Randstad recrute pour son client un profil motivé.", r);
        }, Bases.NotAgency, PosterKind.Agency);
        yield return Sentence("R11", [], "Extrait de casier judiciaire requis (agrément petite enfance).", null, o => Rome(o, "K1303", "Garde d'enfants H/F"));
        yield return Sentence("R11", [], "Vous gérez la photothèque et les photos du catalogue.", Bases.All);
        yield return Sentence("R12", [], "Vous représentez l'entreprise auprès des organisations syndicales.", Bases.All);
        yield return Sentence("R12", [], "Moniteur de planche à voile en été.", Bases.All);
        yield return Fields("R13", [], "fourchette dans le texte", (o, r) =>
        {
            o.Salaire = null;
            o.Description = Inject(o.Description ?? "", "Salaire entre 24 000 et 28 000 € brut annuel.", r);
        });
    }
}
