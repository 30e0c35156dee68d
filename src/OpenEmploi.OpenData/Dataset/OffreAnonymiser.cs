using System.Text;
using OpenEmploi.Core.Offres;
using OpenEmploi.OpenData.Anonymisation;
using OpenEmploi.Search.Facts;

namespace OpenEmploi.OpenData.Dataset;

/// <summary>
/// Turns a stored offer into its open-dataset row. Kept: what describes the job (occupation,
/// place down to the commune, contract, hours, pay as parsed, experience, qualification, sector at
/// NAF division level, requirements, flags, the scrubbed texts). Dropped, because it names or
/// locates the employer or a person: entreprise (name, description, logo, site), contact and
/// agence, coordinates and postal code, the NAF sous-classe and the headcount band (with the
/// commune they single out an establishment), the partner's page for the offer (urlOrigine), the
/// offer id (replaced by <see cref="OffrePseudonym"/>) and the time of day of the dates.
/// Not thread-safe (one <see cref="ScrubTally"/>): one anonymiser per thread.
/// </summary>
public sealed class OffreAnonymiser(OffrePseudonym pseudonym, TextScrubber scrubber)
{
    public ScrubTally Tally { get; } = new();

    public AnonymisedOffre Anonymise(OffreEntry entry)
    {
        var offre = entry.Offre;
        var employer = EmployerMention.For(offre.Entreprise?.Nom, offre.LieuTravail?.Libelle);
        var salaire = WireLabels.Salary(offre.Salaire?.Libelle);
        var weeklyMinutes = WireLabels.WeeklyMinutes(offre.DureeTravailLibelle);
        return new AnonymisedOffre
        {
            IdAnonyme = pseudonym.Of(offre.Id),
            DateCreation = DateOnly.FromDateTime(offre.DateCreation),
            DateActualisation = DateOnly.FromDateTime(offre.DateActualisation),
            Intitule = Scrub(offre.Intitule, employer),
            RomeCode = offre.RomeCode,
            RomeLibelle = offre.RomeLibelle,
            AppellationCode = entry.AppellationCode,
            AppellationLibelle = offre.AppellationLibelle,
            LieuTravailLibelle = offre.LieuTravail?.Libelle,
            CommuneCode = offre.LieuTravail?.Commune,
            DepartementCode = entry.Departement,
            RegionCode = entry.Region,
            TypeContrat = offre.TypeContrat,
            NatureContrat = offre.NatureContrat,
            DureeContratMois = WireLabels.ContractMonths(offre.TypeContratLibelle),
            Alternance = offre.Alternance,
            DureeTravailLibelle = Scrub(offre.DureeTravailLibelle, employer),
            DureeTravailLibelleConverti = offre.DureeTravailLibelleConverti,
            DureeHebdoHeures = weeklyMinutes is { } minutes ? Math.Round(minutes / 60m, 2) : null,
            SalaireLibelle = offre.Salaire?.Libelle,
            SalairePeriode = salaire?.Period.ToString(),
            SalaireMin = salaire?.Min,
            SalaireMax = salaire?.Max,
            SalaireCommentaire = Scrub(offre.Salaire?.Commentaire, employer),
            SalaireComplements = Scrub(List(offre.Salaire?.Complement1, offre.Salaire?.Complement2), employer),
            ExperienceExige = offre.ExperienceExige,
            ExperienceLibelle = offre.ExperienceLibelle,
            ExperienceMois = WireLabels.ExperienceMonths(offre.ExperienceLibelle),
            ExperienceCommentaire = Scrub(offre.ExperienceCommentaire, employer),
            QualificationCode = offre.QualificationCode,
            QualificationLibelle = offre.QualificationLibelle,
            SecteurActivite = offre.SecteurActivite,
            SecteurActiviteLibelle = offre.SecteurActiviteLibelle,
            FormationNiveau = offre.Formations is [var formation, ..] ? formation.NiveauLibelle : null,
            Permis = List(offre.Permis, p => p.Libelle),
            Langues = List(offre.Langues, l => l.Libelle),
            CompetencesCodes = List(offre.Competences, c => c.Code),
            NombrePostes = offre.NombrePostes,
            AccessibleTH = offre.AccessibleTH,
            OffresManqueCandidats = offre.OffresManqueCandidats,
            EntrepriseAdaptee = offre.EntrepriseAdaptee,
            EmployeurHandiEngage = offre.EmployeurHandiEngage,
            OrigineOffre = offre.OrigineOffre?.Origine,
            PartenaireNom = offre.OrigineOffre?.Partenaires is [var partenaire, ..] ? partenaire.Nom : null,
            Description = Scrub(offre.Description, employer),
        };
    }

    private string? Scrub(string? text, EmployerMention? employer) => scrubber.Scrub(text, employer, Tally);

    /// <summary>Values joined with " ; " (the dictionary's list format); a value's own ";" becomes ",".</summary>
    internal static string? List<T>(IReadOnlyList<T>? items, Func<T, string?> value)
    {
        if (items is null || items.Count == 0)
            return null;
        var builder = new StringBuilder();
        foreach (var item in items)
        {
            var text = value(item);
            if (string.IsNullOrWhiteSpace(text))
                continue;
            if (builder.Length > 0)
                builder.Append(ExportColumns.ListSeparator);
            builder.Append(text.Trim().Replace(';', ','));
        }
        return builder.Length == 0 ? null : builder.ToString();
    }

    private static string? List(string? first, string? second) => List([first, second], s => s);
}
