using OpenEmploi.Core.Offres;

namespace OpenEmploi.Ingestion.Records;

/// <summary>
/// One job as a feed or an employer posted it, before normalisation: every value as the source
/// gave it, nothing inferred yet. Readers fill what their format carries; the normaliser turns it
/// into a publishable <see cref="Offre"/> and says what it could not understand.
/// </summary>
public sealed class RawOffer
{
    /// <summary>Position of the record in its feed, from 1 (the n-th job), for reports.</summary>
    public long RecordNumber { get; set; }

    /// <summary>Line of the feed where the record starts, when the format has lines.</summary>
    public long? LineNumber { get; set; }

    /// <summary>The record's id in its source: with the source code, it identifies the offer across runs.</summary>
    public string? SourceId { get; set; }

    /// <summary>The whole wire document, when the feed is in the offers API's own format.</summary>
    public Offre? Wire { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public RawEmployer Employer { get; set; } = new();

    public RawPlace Place { get; set; } = new();

    /// <summary>Contract as written ("CDI", "CDD de 6 mois", "Intérim", "FULL_TIME"…).</summary>
    public string? ContractText { get; set; }

    /// <summary>Working time as written ("35H", "temps partiel 24h/semaine", "Temps plein").</summary>
    public string? WorkingTimeText { get; set; }

    /// <summary>Pay as written ("2 000 € brut mensuel", "entre 25 et 30 k€/an", "SMIC").</summary>
    public string? SalaryText { get; set; }

    /// <summary>Structured pay when the format has it (schema.org baseSalary, CSV columns).</summary>
    public decimal? SalaryMin { get; set; }

    public decimal? SalaryMax { get; set; }

    /// <summary>Period of <see cref="SalaryMin"/>/<see cref="SalaryMax"/>: HOUR, DAY, WEEK, MONTH, YEAR as written.</summary>
    public string? SalaryPeriod { get; set; }

    public string? ExperienceText { get; set; }

    /// <summary>A ROME code when the source gives one; checked, never trusted blindly.</summary>
    public string? RomeCode { get; set; }

    /// <summary>The page where candidates apply on the source's site.</summary>
    public string? ApplyUrl { get; set; }

    public DateTimeOffset? DatePosted { get; set; }

    public DateTimeOffset? DateUpdated { get; set; }

    /// <summary>End of publication when the source says it (schema.org validThrough).</summary>
    public DateTimeOffset? ValidThrough { get; set; }

    public IList<string> Skills { get; } = [];

    /// <summary>Recruiter contact details as the source sent them: used by fraud checks, never published.</summary>
    public RawContact Contact { get; set; } = new();
}

public sealed class RawEmployer
{
    public string? Name { get; set; }

    /// <summary>14-digit SIRET (or 9-digit SIREN) as written.</summary>
    public string? Siret { get; set; }

    public string? Naf { get; set; }

    public string? Url { get; set; }

    public string? Description { get; set; }

    /// <summary>True when the source says the poster is a temporary-work or recruitment agency.</summary>
    public bool? IsAgency { get; set; }
}

public sealed class RawPlace
{
    public string? PostalCode { get; set; }

    public string? City { get; set; }

    /// <summary>INSEE commune code when the source gives one.</summary>
    public string? CommuneInsee { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public string? Departement { get; set; }

    public string? Region { get; set; }

    /// <summary>Country as written ("FR", "France").</summary>
    public string? Country { get; set; }

    /// <summary>The whole address line when the source gives only text.</summary>
    public string? Text { get; set; }
}

public sealed class RawContact
{
    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }
}
