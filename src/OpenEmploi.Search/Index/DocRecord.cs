using OpenEmploi.Search.Facts;

namespace OpenEmploi.Search.Index;

/// <summary>
/// The non-text columns of one document on its way into a <see cref="SegmentWriter"/>, read either
/// from <see cref="OffreFacts"/> (build) or from an existing segment (merge).
/// </summary>
internal readonly struct DocRecord
{
    public required string Id { get; init; }
    public string? TypeContrat { get; init; }
    public string? NatureContrat { get; init; }
    public string? Rome { get; init; }
    public string? Appellation { get; init; }
    public string? Domaine { get; init; }
    public string? GrandDomaine { get; init; }
    public string? Naf { get; init; }
    public string? Division { get; init; }
    public string? Departement { get; init; }
    public string? Region { get; init; }
    public string? Commune { get; init; }
    public string? Source { get; init; }
    public IReadOnlyList<string> NiveauxFormation { get; init; }
    public IReadOnlyList<string> Permis { get; init; }
    public long CreationTicks { get; init; }
    public double Latitude { get; init; }
    public double Longitude { get; init; }
    public byte SalaryPeriod { get; init; }
    public double SalaryMax { get; init; }
    public int WeeklyMinutes { get; init; }
    public double ContractMonths { get; init; }
    public byte Experience { get; init; }
    public byte ExperienceExige { get; init; }
    public byte Origine { get; init; }
    public byte Qualification { get; init; }
    public byte TempsPlein { get; init; }
    public OffreFlags Flags { get; init; }

    public string? CodeValue(CodeField field) => field switch
    {
        CodeField.TypeContrat => TypeContrat,
        CodeField.NatureContrat => NatureContrat,
        CodeField.Rome => Rome,
        CodeField.Appellation => Appellation,
        CodeField.Domaine => Domaine,
        CodeField.GrandDomaine => GrandDomaine,
        CodeField.Naf => Naf,
        CodeField.Division => Division,
        CodeField.Departement => Departement,
        CodeField.Region => Region,
        CodeField.Commune => Commune,
        CodeField.Source => Source,
        _ => null,
    };

    public static DocRecord From(OffreFacts f)
    {
        // Coordinates count only as a pair.
        var hasPoint = f.Latitude is not null && f.Longitude is not null;
        var period = SalaryBands.PeriodCode(f.SalairePeriode);
        var max = f.SalaireMax ?? f.SalaireMin;
        if (max is null)
            period = 0;
        return new DocRecord
        {
            Id = f.Id,
            TypeContrat = f.TypeContrat,
            NatureContrat = f.NatureContrat,
            Rome = f.RomeCode,
            Appellation = f.AppellationCode,
            Domaine = f.Domaine,
            GrandDomaine = f.GrandDomaine,
            Naf = f.CodeNaf,
            Division = f.SecteurActivite,
            Departement = f.Departement,
            Region = f.Region,
            Commune = f.Commune,
            Source = f.Source,
            NiveauxFormation = f.NiveauxFormation,
            Permis = f.Permis,
            CreationTicks = f.DateCreation.Ticks,
            Latitude = hasPoint ? f.Latitude!.Value : double.NaN,
            Longitude = hasPoint ? f.Longitude!.Value : double.NaN,
            SalaryPeriod = period,
            SalaryMax = period == 0 ? double.NaN : (double)max!.Value,
            WeeklyMinutes = f.DureeHebdoMinutes ?? -1,
            ContractMonths = f.DureeContratMois is { } m ? (double)m : double.NaN,
            Experience = (byte)f.Experience,
            ExperienceExige = f.ExperienceExige is { } e ? (byte)e : (byte)0,
            Origine = (byte)f.Origine,
            Qualification = (byte)(f.QualificationCode ?? 0),
            TempsPlein = f.TempsPlein switch { true => 1, false => 2, null => 0 },
            Flags = (f.AccessibleTH ? OffreFlags.AccessibleTH : 0)
                | (f.OffresManqueCandidats ? OffreFlags.ManqueCandidats : 0)
                | (f.EntrepriseAdaptee ? OffreFlags.EntrepriseAdaptee : 0)
                | (f.EmployeurHandiEngage ? OffreFlags.EmployeurHandiEngage : 0)
                | (f.Alternance ? OffreFlags.Alternance : 0)
                | (f.EnFrance ? OffreFlags.EnFrance : 0),
        };
    }

    public static DocRecord From(Segment s, int d, List<string> niveaux, List<string> permis) => new()
    {
        Id = s.Ids[d],
        TypeContrat = Value(s, CodeField.TypeContrat, d),
        NatureContrat = Value(s, CodeField.NatureContrat, d),
        Rome = Value(s, CodeField.Rome, d),
        Appellation = Value(s, CodeField.Appellation, d),
        Domaine = Value(s, CodeField.Domaine, d),
        GrandDomaine = Value(s, CodeField.GrandDomaine, d),
        Naf = Value(s, CodeField.Naf, d),
        Division = Value(s, CodeField.Division, d),
        Departement = Value(s, CodeField.Departement, d),
        Region = Value(s, CodeField.Region, d),
        Commune = Value(s, CodeField.Commune, d),
        Source = Value(s, CodeField.Source, d),
        NiveauxFormation = niveaux,
        Permis = permis,
        CreationTicks = s.CreationTicks[d],
        Latitude = s.Latitude[d],
        Longitude = s.Longitude[d],
        SalaryPeriod = s.SalaryPeriod[d],
        SalaryMax = s.SalaryMax[d],
        WeeklyMinutes = s.WeeklyMinutes[d],
        ContractMonths = s.ContractMonths[d],
        Experience = s.Experience[d],
        ExperienceExige = s.ExperienceExige[d],
        Origine = s.Origine[d],
        Qualification = s.Qualification[d],
        TempsPlein = s.TempsPlein[d],
        Flags = s.Flags[d],
    };

    private static string? Value(Segment s, CodeField field, int d)
    {
        var column = s[field];
        var code = column.Codes[d];
        return code == 0 ? null : column.Values[code];
    }
}
