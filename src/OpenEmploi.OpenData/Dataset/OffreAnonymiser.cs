using System.Text;
using OpenEmploi.Core.Offres;
using OpenEmploi.OpenData.Anonymisation;
using OpenEmploi.OpenData.RareCells;
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
/// The place and the sector are published as <see cref="RareCellRule"/> decided for the offer's cell.
/// Not thread-safe (one <see cref="ScrubTally"/>): one anonymiser per thread.
/// </summary>
public sealed class OffreAnonymiser(OffrePseudonym pseudonym, TextScrubber scrubber, PlaceLabels places)
{
    public ScrubTally Tally { get; } = new();

    /// <summary>The offer's row, its place at <paramref name="cell"/>'s level and its sector withheld when the cell says so.</summary>
    public AnonymisedOffre Anonymise(OffreEntry entry, PublishedCell cell)
    {
        var offre = entry.Offre;
        var codes = QuasiIdentifiers.Of(entry);
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
            LieuTravailLibelle = !cell.Generalised ? offre.LieuTravail?.Libelle
                : cell.Level == PlaceLevel.Departement ? places.Departement(codes.Departement!)
                : places.Region(codes.Region!),
            CommuneCode = cell.Level == PlaceLevel.Commune ? offre.LieuTravail?.Commune : null,
            DepartementCode = cell.Level <= PlaceLevel.Departement ? entry.Departement : null,
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
            SecteurActivite = cell.SectorWithheld ? null : offre.SecteurActivite,
            SecteurActiviteLibelle = cell.SectorWithheld ? null : offre.SecteurActiviteLibelle,
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
