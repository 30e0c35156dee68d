using OpenEmploi.Core.Offres;
using OpenEmploi.Core.Publication;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Ingestion.Html;
using OpenEmploi.Ingestion.Normalisation.Places;
using OpenEmploi.Ingestion.Normalisation.Rome;
using OpenEmploi.Ingestion.Normalisation.Terms;
using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Normalisation;

/// <summary>
/// Turns a <see cref="RawOffer"/> into a publishable offer: the wire <see cref="Offre"/> filled as
/// the generator and France Travail fill it (place, ROME code, contract, working time, salary,
/// experience, sector, dates, origin) and its store columns, or a rejection with its reasons.
/// When the record carries a wire document, that document is the starting point and only what is
/// missing or inconsistent is filled or fixed. Rules and measured figures: docs/normalisation.md.
/// </summary>
/// <remarks>
/// Every lookup table (commune names, coordinates grid, ROME labels) is built in the constructor
/// (about half a second); <see cref="Normalise"/> is thread-safe and allocation-light, so one
/// instance serves a whole import on every core.
/// </remarks>
public sealed partial class OffreNormaliser
{
    /// <summary>
    /// The id a normalised offer carries until the pipeline gives it one: de-duplication decides
    /// whether the offer is new (a fresh id from the store's sequence) or joins a cluster (the
    /// cluster's id), so ids are not spent on offers that merge. Set <c>Offre.Id</c> before storing.
    /// </summary>
    public const string UnassignedId = "";

    /// <summary>Clock skew accepted on a source's dates before they count as "in the future".</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(10);

    private readonly ReferenceData _data;
    private readonly TimeProvider _time;
    private readonly PlaceResolver _places;
    private readonly RomeClassifier _rome;
    private readonly ContractLabels _contracts;
    private readonly TermsMemo _terms = new();

    public OffreNormaliser(ReferenceData data, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(time);
        _data = data;
        _time = time;
        _contracts = new ContractLabels(data.Listes);
        // The two big tables are independent: build them side by side.
        PlaceResolver? places = null;
        RomeClassifier? rome = null;
        Parallel.Invoke(() => places = new PlaceResolver(data.Geographie), () => rome = new RomeClassifier(data.Rome));
        _places = places!;
        _rome = rome!;
    }

    /// <param name="raw">The record as read from a feed or posted by an employer.</param>
    /// <param name="sourceCode">The source's code: <see cref="Sources.Plateforme"/> for postings on the platform, else a partner's.</param>
    /// <param name="poster">Who posted it; carried to <see cref="NormalisedOffer.Poster"/> for de-duplication.</param>
    /// <param name="platformSource">
    /// The source is one of the platform's own (an employer's posting application, kind platform):
    /// the offer is the platform's, origine "1", whatever its code. <see cref="Sources.Plateforme"/> always is.
    /// </param>
    public NormalisationResult Normalise(RawOffer raw, string sourceCode, PosterKind poster, bool platformSource = false)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceCode);
        var notes = new List<NormalisationNote>();
        var rejections = new List<NormalisationNote>();
        var wire = raw.Wire;
        var offre = wire is null ? new Offre { Id = UnassignedId } : WireCopy.Of(wire);
        offre.Id = UnassignedId;

        var title = HtmlText.ToPlain(raw.Title, singleLine: true) ?? HtmlText.ToPlain(wire?.Intitule, singleLine: true);
        if (title is null)
            rejections.Add(new("intitule", "intitulé absent"));
        offre.Intitule = title;
        offre.Description = HtmlText.ToPlain(raw.Description) ?? HtmlText.ToPlain(wire?.Description);
        if (offre.Description is null)
            notes.Add(new("description", "description absente"));

        var place = _places.Resolve(PlaceOf(raw, wire?.LieuTravail), notes, out var placeRejection);
        if (place is not null)
            offre.LieuTravail = place.ToLieuTravail(_data.Geographie);
        else
            rejections.Add(new("lieuTravail", placeRejection!));

        var appellation = title is null ? null : CodeRome(raw, offre, title, notes);
        Dates(raw, offre, notes);
        var contract = _terms.Contract(raw.ContractText);
        if (contract.Internship)
            rejections.Add(new("typeContrat", "stage : une convention de stage n'est pas un contrat de travail, hors du champ des offres d'emploi"));
        else
            Contract(raw, contract, offre, title, notes);
        WorkingTime(raw, contract.Hint, offre, notes);
        Salary(raw, offre, notes);
        Experience(raw, offre, notes);
        Employer(raw, offre, notes);
        var siret = Siret(raw.Employer.Siret, notes);
        Origin(raw, offre, platformSource || sourceCode == Sources.Plateforme, notes);
        // Recruiters' contact details are never published (the API serves its own apply link): the
        // contact and agence objects go, and so do e-mails, links and phone numbers in the texts.
        // The fraud checks read them in the raw record.
        foreach (var removal in ContactDetails.RemoveFrom(offre))
            notes.Add(new(removal.Field, ContactNote(removal)));

        if (rejections.Count > 0)
            return NormalisationResult.Rejected(rejections, notes);
        var sourceId = Trimmed(raw.SourceId) ?? (wire is null ? null : Trimmed(wire.Id));
        var entry = new OffreEntry(offre, sourceCode, sourceId, appellation?.Code, place!.Departement?.Code, place.Region.Code);
        return NormalisationResult.Accepted(new NormalisedOffer(entry, raw, poster, siret, notes) { ContactFree = true });
    }

    /// <summary>The raw record's place fields, completed by the wire document's lieuTravail ("69 - LYON 03" read as text).</summary>
    private static PlaceInput PlaceOf(RawOffer raw, LieuTravail? lieu)
    {
        var p = raw.Place;
        return new PlaceInput(
            p.PostalCode ?? lieu?.CodePostal,
            p.City,
            p.CommuneInsee ?? lieu?.Commune,
            p.Latitude ?? lieu?.Latitude,
            p.Longitude ?? lieu?.Longitude,
            p.Departement,
            p.Region,
            p.Country,
            p.Text ?? lieu?.Libelle);
    }

    private static string ContactNote(ContactRemoval removal)
    {
        var parts = new List<string>(3);
        if (removal.Courriels > 0)
            parts.Add(removal.Courriels == 1 ? "1 adresse électronique" : $"{removal.Courriels} adresses électroniques");
        if (removal.Telephones > 0)
            parts.Add(removal.Telephones == 1 ? "1 numéro de téléphone" : $"{removal.Telephones} numéros de téléphone");
        if (removal.Liens > 0)
            parts.Add(removal.Liens == 1 ? "1 lien" : $"{removal.Liens} liens");
        return $"coordonnées retirées du texte publié ({string.Join(", ", parts)}) : les candidats postulent par le lien de candidature de la plateforme";
    }

    private static string? Trimmed(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
