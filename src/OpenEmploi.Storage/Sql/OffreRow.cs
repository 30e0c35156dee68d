using OpenEmploi.Core.Offres;
using OpenEmploi.Core.Publication;

namespace OpenEmploi.Storage.Sql;

/// <summary>
/// The column values of one offer, taken from the entry once so that both providers and every
/// write path store the same thing. Dates are normalised as the wire writes them (UTC,
/// milliseconds), so a column and the document never disagree. The document is stored as
/// published: without contact details (<see cref="ContactDetails.StoredDocument"/>; the entry's
/// offer is not changed), whichever path wrote it — ingestion has removed them already, the
/// generator's seeds and direct upserts have not — so that no channel reading the store can serve one.
/// </summary>
internal readonly struct OffreRow
{
    public const string Published = "published";

    public OffreRow(OffreEntry entry)
    {
        var offre = entry.Offre;
        if (!OffreId.IsValid(offre.Id))
            throw new ArgumentException($"Identifiant d'offre invalide « {offre.Id} » (3 chiffres puis 4 lettres majuscules).", nameof(entry));
        if (string.IsNullOrWhiteSpace(entry.Source))
            throw new ArgumentException($"Offre {offre.Id} sans source.", nameof(entry));
        Id = offre.Id;
        Source = entry.Source;
        SourceId = entry.SourceId;
        DateCreation = ToWireDate(offre.DateCreation);
        DateActualisation = ToWireDate(offre.DateActualisation);
        RomeCode = offre.RomeCode;
        AppellationCode = entry.AppellationCode;
        Commune = offre.LieuTravail?.Commune;
        CodePostal = offre.LieuTravail?.CodePostal;
        Departement = entry.Departement;
        Region = entry.Region;
        TypeContrat = offre.TypeContrat;
        CodeNaf = offre.CodeNAF;
        // An entry whose texts the normaliser cleared is not scanned a second time: the scan finds
        // nothing in a cleared text (ContactDetails.RemoveFrom is idempotent), so the bytes are the same.
        Json = entry.ContactFree ? OffreJson.SerializeWithoutContactToUtf8(offre) : ContactDetails.StoredDocument(offre);
    }

    public string Id { get; }
    public string Source { get; }
    public string? SourceId { get; }
    public DateTime DateCreation { get; }
    public DateTime DateActualisation { get; }
    public string? RomeCode { get; }
    public string? AppellationCode { get; }
    public string? Commune { get; }
    public string? CodePostal { get; }
    public string? Departement { get; }
    public string? Region { get; }
    public string? TypeContrat { get; }
    public string? CodeNaf { get; }
    public byte[] Json { get; }

    /// <summary>As <see cref="WireDateTimeConverter"/> writes it: UTC, truncated to the millisecond.</summary>
    public static DateTime ToWireDate(DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
        return new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
    }

    /// <summary>Store times keep microseconds: what PostgreSQL's timestamptz holds.</summary>
    public static DateTimeOffset ToStoreTime(DateTimeOffset value)
    {
        var utc = value.UtcTicks;
        return new DateTimeOffset(utc - (utc % 10), TimeSpan.Zero);
    }
}
