using OpenEmploi.Core.Offres;

namespace OpenEmploi.DataGen.Offres;

// Employer and description: the texts of an offer.
internal sealed partial class OffreBuilder
{
    private EmployeurGenere Employer(DetRandom r, Offre offre, Occupation occupation, CommunePlace place, Contrat contrat)
    {
        var naf = contrat.Type is "MIS" or "DIN"
            ? _generator.Context.Nafs[OccupationTables.NafInterim]
            : occupation.Naf.Pick(r);
        offre.CodeNAF = naf.Code;
        offre.SecteurActivite = naf.Division;
        offre.SecteurActiviteLibelle = naf.DivisionLibelle;

        var templates = naf.Division == "78"
            ? EmployeurTexts.Interim
            : EmployeurTexts.ByDivision.GetValueOrDefault(naf.Division) ?? EmployeurTexts.Generic;
        _slots[(int)Slot.Nom] = r.Pick(EmployeurTexts.Noms);
        _slots[(int)Slot.Lieu] = r.Pick(EmployeurTexts.Lieux);
        _slots[(int)Slot.Prenom] = r.Pick(EmployeurTexts.Prenoms);
        _slots[(int)Slot.Sigle] = r.Pick(EmployeurTexts.Sigles);
        _text.Clear();
        r.Pick(templates).AppendTo(_text, _slots);
        var nom = _text.ToString();

        string? tranche = null;
        if (r.Chance(0.85))
        {
            var (code, libelle) = _tables.Tranches.Pick(r);
            offre.TrancheEffectifEtab = libelle;
            tranche = code;
        }

        // About one offer in ten does not show its employer's name, as on France Travail.
        var anonymous = naf.Division != "78" && r.Chance(0.10);
        _slots[(int)Slot.Entreprise] = anonymous ? "Notre entreprise" : nom;
        var entreprise = new Entreprise { Nom = anonymous ? null : nom };
        if (!anonymous && r.Chance(0.25))
        {
            _slots[(int)Slot.Annees] = OffreTables.Numbers[r.Next(5, 61)];
            _text.Clear();
            r.Pick(DescriptionTexts.EntrepriseDescriptions).AppendTo(_text, _slots);
            entreprise.Description = _text.ToString();
        }
        offre.Entreprise = entreprise;
        return new EmployeurGenere(Siret.Generate(r), nom, naf.Code, tranche, place.Commune.CodeInsee);
    }

    private string Description(DetRandom r, Occupation occupation, Contrat contrat, string? experienceExige)
    {
        var text = _text;
        text.Clear();
        _slots[(int)Slot.Annees] ??= OffreTables.Numbers[r.Next(5, 61)];

        // Who is hiring, then what the job is.
        Sentence(r, contrat.Type == "MIS" ? DescriptionTexts.InterimIntros : DescriptionTexts.Intros);
        var missions = PickDistinct(r, occupation.Missions.Length, r.Next(1, 3));
        for (var i = 0; i < missions; i++)
        {
            text.Append(' ');
            occupation.Missions[_picked[i]].AppendTo(text, _slots);
        }
        if (occupation.DefinitionLines.Length > 0 && r.Chance(0.5))
        {
            text.Append(' ');
            r.Pick(DescriptionTexts.DefinitionLeads).AppendTo(text, _slots);
            text.Append(r.Pick(occupation.DefinitionLines));
        }

        // The profile sought.
        text.Append('\n');
        var profil = experienceExige switch
        {
            "E" => DescriptionTexts.ProfilExige,
            "S" => DescriptionTexts.ProfilSouhaite,
            _ => DescriptionTexts.ProfilDebutant,
        };
        Sentence(r, profil);
        text.Append(' ');
        Sentence(r, DescriptionTexts.ProfilQualites);
        if (_slots[(int)Slot.Permis] is not null)
        {
            text.Append(' ');
            Sentence(r, DescriptionTexts.ProfilPermis);
        }

        // The conditions.
        text.Append('\n');
        Sentence(r, DescriptionTexts.Conditions);
        text.Append(' ');
        var plus = DescriptionTexts.ConditionsPlus;
        var used = -1;
        if (contrat.Alternance)
            Sentence(r, DescriptionTexts.ConditionsAlternance);
        else if (contrat.Type == "MIS")
            Sentence(r, DescriptionTexts.ConditionsInterim);
        else if (_slots[(int)Slot.Avantages] is not null && r.Chance(0.6))
            Sentence(r, DescriptionTexts.ConditionsAvantages);
        else if (_slots[(int)Slot.TempsTravail] == "temps partiel" && r.Chance(0.5))
            Sentence(r, DescriptionTexts.ConditionsTempsPartiel);
        else
            plus[used = r.Next(plus.Length)].AppendTo(text, _slots);
        if (r.Chance(0.4))
        {
            var next = used < 0 ? r.Next(plus.Length) : (used + 1 + r.Next(plus.Length - 1)) % plus.Length;
            text.Append(' ');
            plus[next].AppendTo(text, _slots);
        }
        return text.ToString();
    }

    private void Sentence(DetRandom r, TextTemplate[] choices) => r.Pick(choices).AppendTo(_text, _slots);
}
