using System.Globalization;
using OpenEmploi.Core.Offres;
using OpenEmploi.Core.Referentiels;

namespace OpenEmploi.DataGen.Offres;

internal readonly record struct Contrat(string Type, bool Alternance);

// Contract, working time, experience, pay and requirements.
internal sealed partial class OffreBuilder
{
    private Contrat Contract(DetRandom r, Offre offre)
    {
        var type = OffreTables.TypesContrat.Pick(r);
        offre.TypeContrat = type;
        var alternance = type is "CDD" or "CDI" && r.Chance(0.067);
        offre.Alternance = alternance;
        var months = 0;
        string libelle;
        string phrase;
        switch (type)
        {
            case "CDI":
                // France Travail spells the CDI out in full; only fixed-term contracts carry a duration.
                libelle = _tables.TypeContratLibelles[type];
                phrase = "en CDI";
                break;
            case "CDD":
                months = alternance ? (r.Chance(0.6) ? 12 : 24) : OffreTables.MoisCdd.Pick(r);
                libelle = string.Concat("CDD - ", OffreTables.Numbers[months], " Mois");
                phrase = string.Concat("en CDD de ", OffreTables.Numbers[months], " mois");
                break;
            case "MIS":
                if (r.Chance(0.2))
                {
                    var days = r.Next(1, 21);
                    libelle = string.Concat("Mission intérimaire - ", OffreTables.Numbers[days], " Jour(s)");
                    phrase = string.Concat("en mission intérimaire de ", OffreTables.Numbers[days], days == 1 ? " jour" : " jours");
                }
                else
                {
                    months = OffreTables.MoisMission.Pick(r);
                    libelle = string.Concat("Mission intérimaire - ", OffreTables.Numbers[months], " Mois");
                    phrase = string.Concat("en mission intérimaire de ", OffreTables.Numbers[months], " mois");
                }
                break;
            case "SAI":
                months = r.Next(2, 7);
                libelle = string.Concat("Contrat travail saisonnier - ", OffreTables.Numbers[months], " Mois");
                phrase = string.Concat("en contrat saisonnier de ", OffreTables.Numbers[months], " mois");
                break;
            case "TTI" or "DDI":
                months = r.Next(4, 13);
                libelle = string.Concat(_tables.TypeContratLibelles[type], " - ", OffreTables.Numbers[months], " Mois");
                phrase = string.Concat("en contrat d'insertion de ", OffreTables.Numbers[months], " mois");
                break;
            case "DIN":
                libelle = _tables.TypeContratLibelles[type];
                phrase = "en CDI intérimaire";
                break;
            default:
                libelle = _tables.TypeContratLibelles[type];
                phrase = type switch
                {
                    "LIB" => "en exercice libéral",
                    "FRA" => "en franchise",
                    "REP" => "dans le cadre d'une reprise d'entreprise",
                    _ => "sous statut commercial indépendant",
                };
                break;
        }
        offre.TypeContratLibelle = libelle;

        if (alternance)
        {
            var apprentissage = r.Chance(0.7);
            offre.NatureContrat = apprentissage ? _tables.NatureApprentissage : _tables.NatureProfessionnalisation;
            phrase = apprentissage ? "en contrat d'apprentissage" : "en contrat de professionnalisation";
        }
        else
        {
            offre.NatureContrat = type switch
            {
                "TTI" or "DDI" => _tables.NatureInsertion,
                "LIB" or "FRA" or "REP" or "CCE" => _tables.NatureNonSalarie,
                _ => _tables.NatureTravail,
            };
        }
        _slots[(int)Slot.Contrat] = phrase;
        return new Contrat(type, alternance);
    }

    private int WorkingTime(DetRandom r, Offre offre)
    {
        var partiel = r.Chance(0.20);
        var hours = partiel ? OffreTables.HeuresTempsPartiel.Pick(r) : OffreTables.HeuresTempsPlein.Pick(r);
        offre.DureeTravailLibelle = string.Concat(OffreTables.Numbers[hours], "H ", OffreTables.ModesHoraires.Pick(r));
        offre.DureeTravailLibelleConverti = partiel ? "Temps partiel" : "Temps plein";
        _slots[(int)Slot.Horaire] = string.Concat(OffreTables.Numbers[hours], " heures par semaine");
        _slots[(int)Slot.TempsTravail] = partiel ? "temps partiel" : "temps plein";
        if (r.Chance(0.3))
        {
            offre.ContexteTravail = new ContexteTravail
            {
                Horaires = [r.Pick(QualitesTexts.Horaires)],
                ConditionsExercice = r.Chance(0.5) ? [r.Pick(QualitesTexts.ConditionsExercice)] : null,
            };
        }
        return hours;
    }

    private void Experience(DetRandom r, Offre offre, Occupation occupation, bool cadre)
    {
        var u = r.NextDouble();
        var exige = cadre ? (u < 0.15 ? "D" : u < 0.35 ? "S" : "E") : (u < 0.40 ? "D" : u < 0.60 ? "S" : "E");
        offre.ExperienceExige = exige;
        if (exige == "D")
        {
            offre.ExperienceLibelle = "Débutant accepté";
            return;
        }
        var years = cadre ? r.Next(2, 6) : r.Next(1, 4);
        var months = r.Chance(0.15) ? 6 : 0;
        var yearsText = OffreTables.Numbers[years];
        _slots[(int)Slot.Experience] = months > 0 ? "6 mois" : string.Concat(yearsText, years == 1 ? " an" : " ans");
        if (exige == "S")
        {
            offre.ExperienceLibelle = months > 0 ? "Expérience souhaitée de 6 Mois" : string.Concat("Expérience souhaitée de ", yearsText, " An(s)");
        }
        else if (months > 0)
        {
            offre.ExperienceLibelle = "Expérience exigée de 6 Mois";
        }
        else
        {
            offre.ExperienceLibelle = r.Chance(0.25)
                ? string.Concat(yearsText, years == 1 ? " an - " : " ans - ", occupation.ExperiencePhrase)
                : string.Concat("Expérience exigée de ", yearsText, " An(s)");
        }
        if (r.Chance(0.15))
            offre.ExperienceCommentaire = r.Pick(OffreTables.ExperienceCommentaires);
    }

    private void Salary(DetRandom r, Offre offre, Occupation occupation, Qualification qualification, Contrat contrat, int hours)
    {
        var u = r.NextDouble();
        if (u < 0.08)
            return;
        var salaire = new Salaire();
        offre.Salaire = salaire;
        if (u < 0.14)
        {
            salaire.Commentaire = r.Pick(QualitesTexts.SalaireCommentaires);
            return;
        }
        var code = qualification.Code[0] - '0';
        var (min, max) = OffreTables.MensuelParQualification[code];
        var monthly = Math.Max(_generator.SmicMensuel, (min + ((max - min) * r.NextDouble())) * occupation.SalaryFactor);
        var range = r.Chance(0.45);
        var upper = monthly * (1.05 + (0.15 * r.NextDouble()));
        var mois = r.Chance(0.08) ? "13" : "12";
        if (qualification.Cadre && hours >= 35 && r.Chance(0.7))
        {
            var annual = Math.Round(monthly * 12 / 1000) * 1000;
            salaire.Libelle = range
                ? string.Concat("Annuel de ", Money(annual), " Euros à ", Money(Math.Round(upper * 12 / 1000) * 1000), " Euros sur ", mois, " mois")
                : string.Concat("Annuel de ", Money(annual), " Euros sur ", mois, " mois");
        }
        else if (contrat.Type == "MIS" || r.Chance(0.10))
        {
            // 151.67 hours a month at 35 hours a week.
            var hourly = Math.Max(_generator.SmicHoraire, Math.Round(monthly / 151.67, 2));
            if (r.Chance(0.3))
                hourly = _generator.SmicHoraire;
            salaire.Libelle = range
                ? string.Concat("Horaire de ", Money(hourly), " Euros à ", Money(Math.Round(hourly * (1.03 + (0.1 * r.NextDouble())), 2)), " Euros sur ", mois, " mois")
                : string.Concat("Horaire de ", Money(hourly), " Euros sur ", mois, " mois");
        }
        else
        {
            var scale = hours / 35.0;
            var floor = Math.Round(_generator.SmicMensuel * scale, 2);
            var amount = Math.Max(floor, Math.Round(monthly * scale / 10) * 10);
            if (r.Chance(0.15))
                amount = floor;
            salaire.Libelle = range
                ? string.Concat("Mensuel de ", Money(amount), " Euros à ", Money(Math.Max(amount + 10, Math.Round(upper * scale / 10) * 10)), " Euros sur ", mois, " mois")
                : string.Concat("Mensuel de ", Money(amount), " Euros sur ", mois, " mois");
        }
        if (r.Chance(0.5))
        {
            var first = r.Next(QualitesTexts.Complements.Length);
            salaire.Complement1 = QualitesTexts.Complements[first];
            var avantages = FrenchText.LowerFirst(salaire.Complement1);
            if (r.Chance(0.4))
            {
                salaire.Complement2 = QualitesTexts.Complements[(first + 1 + r.Next(QualitesTexts.Complements.Length - 1)) % QualitesTexts.Complements.Length];
                avantages = string.Concat(avantages, ", ", FrenchText.LowerFirst(salaire.Complement2));
            }
            _slots[(int)Slot.Avantages] = avantages;
        }
    }

    private static string Money(double value) => value.ToString("F2", CultureInfo.InvariantCulture);

    private void Requirements(DetRandom r, Offre offre, Occupation occupation, Qualification qualification)
    {
        var code = qualification.Code[0] - '0';
        if (r.Chance(0.35) && _tables.NiveauxParQualification[code] is { Length: > 0 } niveaux)
        {
            offre.Formations =
            [
                new Formation
                {
                    DomaineLibelle = occupation.Domaine.Libelle,
                    NiveauLibelle = r.Pick(niveaux),
                    Exigence = r.Chance(0.4) ? "E" : "S",
                },
            ];
        }

        Permis(r, offre, occupation);

        var g = occupation.Metier.CodeGrandDomaine;
        var langueChance = g == "G" ? 0.25 : occupation.Domaine.Code is "M17" or "M18" or "D14" ? 0.15 : 0.04;
        if (r.Chance(langueChance))
        {
            var langue = r.Chance(0.8) ? QualitesTexts.Langues[0] : r.Pick(QualitesTexts.Langues);
            offre.Langues = [new Langue { Libelle = langue, Exigence = r.Chance(0.4) ? "E" : "S" }];
        }
        if (g is "M" or "C" && r.Chance(0.4))
        {
            var n = PickDistinct(r, QualitesTexts.OutilsBureautiques.Length, r.Next(1, 3));
            offre.OutilsBureautiques = new List<string>(n);
            for (var i = 0; i < n; i++)
                offre.OutilsBureautiques.Add(QualitesTexts.OutilsBureautiques[_picked[i]]);
        }

        var candidates = occupation.Competences;
        var wanted = r.Next(2, 7);
        var savoirEtre = r.Chance(0.3) || candidates.Length < 2;
        var count = PickDistinct(r, candidates.Length, savoirEtre ? wanted - 1 : wanted);
        offre.Competences = new List<Competence>(count + 1);
        for (var i = 0; i < count; i++)
            offre.Competences.Add(ToWire(candidates[_picked[i]], r));
        if (savoirEtre && _generator.SavoirEtre.Length > 0)
            offre.Competences.Add(ToWire(r.Pick(_generator.SavoirEtre), r));

        if (r.Chance(0.75))
        {
            var n = PickDistinct(r, QualitesTexts.Qualites.Length, r.Next(2, 4));
            offre.QualitesProfessionnelles = new List<QualiteProfessionnelle>(n);
            for (var i = 0; i < n; i++)
                offre.QualitesProfessionnelles.Add(QualitesTexts.ToWire(_picked[i]));
        }
        if (r.Chance(0.15))
        {
            var (deplacementCode, deplacementLibelle) = r.Pick(OffreTables.Deplacements);
            offre.DeplacementCode = deplacementCode;
            offre.DeplacementLibelle = deplacementLibelle;
        }
    }

    private static Competence ToWire(CompetenceRome c, DetRandom r) =>
        new() { Code = c.Code, Libelle = c.Libelle, Exigence = r.Chance(0.3) ? "E" : "S" };

    private void Permis(DetRandom r, Offre offre, Occupation occupation)
    {
        (string Libelle, string Court)? permis = occupation.Permis switch
        {
            PermisRule.PoidsLourd => r.Chance(0.7) ? (_tables.PermisC, "C") : (_tables.PermisCe, "CE"),
            PermisRule.SuperLourd => (_tables.PermisCe, "CE"),
            PermisRule.TransportPersonnes => (_tables.PermisD, "D"),
            PermisRule.Livraison => (_tables.PermisB, "B"),
            PermisRule.Field when r.Chance(0.5) => (_tables.PermisB, "B"),
            PermisRule.Rarely when r.Chance(0.08) => (_tables.PermisB, "B"),
            _ => null,
        };
        if (permis is not { } p)
            return;
        var exige = occupation.Permis is PermisRule.Rarely ? r.Chance(0.3) : r.Chance(0.8);
        offre.Permis = [new Permis { Libelle = p.Libelle, Exigence = exige ? "E" : "S" }];
        if (exige)
            _slots[(int)Slot.Permis] = p.Court;
    }
}
