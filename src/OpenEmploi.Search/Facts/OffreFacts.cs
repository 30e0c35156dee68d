using OpenEmploi.Search.Query;

namespace OpenEmploi.Search.Facts;

/// <summary>
/// Everything the search filters, sorts and counts on, for one offer, normalised from its wire
/// document and store columns by <see cref="OffreFactsExtractor"/>: codes instead of labels,
/// numbers instead of France Travail's label formats.
/// </summary>
public sealed class OffreFacts
{
    public required string Id { get; init; }
    public DateTime DateCreation { get; init; }
    public DateTime DateActualisation { get; init; }

    public string? RomeCode { get; init; }
    public string? AppellationCode { get; init; }
    /// <summary>Domaine professionnel of the ROME code, e.g. "M18".</summary>
    public string? Domaine { get; init; }
    /// <summary>Grand domaine letter of the ROME code, e.g. "M".</summary>
    public string? GrandDomaine { get; init; }

    /// <summary>NAF sous-classe, e.g. "56.10A".</summary>
    public string? CodeNaf { get; init; }
    /// <summary>NAF division, e.g. "56".</summary>
    public string? SecteurActivite { get; init; }

    /// <summary>D, S or E; null when the offer does not say.</summary>
    public char? ExperienceExige { get; init; }
    public ExperienceBand Experience { get; init; }

    public string? TypeContrat { get; init; }
    /// <summary>Code of the contract nature (E1, E2, …), mapped back from the wire's label.</summary>
    public string? NatureContrat { get; init; }
    /// <summary>Contract length in months for fixed-term contracts (days count as 1/30 month).</summary>
    public decimal? DureeContratMois { get; init; }

    /// <summary>1 for the platform's own offers, 2 for partner offers.</summary>
    public int Origine { get; init; }
    public required string Source { get; init; }

    /// <summary>qualificationCode 1–9 (9 = cadre).</summary>
    public int? QualificationCode { get; init; }

    /// <summary>True full time, false part time, null unspecified.</summary>
    public bool? TempsPlein { get; init; }
    public int? DureeHebdoMinutes { get; init; }

    public string? Commune { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? Departement { get; init; }
    public string? Region { get; init; }
    /// <summary>
    /// The offer is placed in France: its commune, département or région is in the (French)
    /// geography referential. False only for an offer without any known location.
    /// </summary>
    public bool EnFrance { get; init; }

    /// <summary>Codes of the education levels the offer names (formations[].niveauLibelle).</summary>
    public IReadOnlyList<string> NiveauxFormation { get; init; } = [];
    /// <summary>Codes of the driving licences the offer names.</summary>
    public IReadOnlyList<string> Permis { get; init; } = [];

    /// <summary>The salary's period as labelled; null when the offer states no amount.</summary>
    public SalaryPeriod? SalairePeriode { get; init; }
    /// <summary>Lower and upper amounts in that period (equal when a single amount is given).</summary>
    public decimal? SalaireMin { get; init; }
    public decimal? SalaireMax { get; init; }

    public bool AccessibleTH { get; init; }
    public bool OffresManqueCandidats { get; init; }
    public bool EntrepriseAdaptee { get; init; }
    public bool EmployeurHandiEngage { get; init; }
    public bool Alternance { get; init; }

    // Text fields, by relevance weight: title > appellation and ROME labels > skills > description.
    public string Titre { get; init; } = "";
    public string Metier { get; init; } = "";
    public string Competences { get; init; } = "";
    public string Description { get; init; } = "";
}
