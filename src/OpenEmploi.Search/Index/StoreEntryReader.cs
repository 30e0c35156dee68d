using OpenEmploi.Core.Offres;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Storage;

namespace OpenEmploi.Search.Index;

/// <summary>
/// Reads one offer as an <see cref="OffreEntry"/> for the change-log follower.
/// <see cref="IOffreStore.GetAsync"/> returns only the wire document, so the store columns that the
/// wire lacks are recovered from it: the source from origineOffre (partner name → source code),
/// the appellation code from (ROME code, appellation label), and for offers placed only at
/// département or région level, that place from lieuTravail.libelle ("33 - Gironde", or a région
/// name). A stop-gap until the store offers GetEntryAsync: keep it in step with OffreEntry.
/// </summary>
internal sealed class StoreEntryReader(IOffreStore store, ReferenceData data)
{
    private readonly Dictionary<(string Rome, string Libelle), string> _appellations = BuildAppellations(data);
    private Dictionary<string, string>? _sourceByName;

    public async Task<OffreEntry?> ReadAsync(string id, CancellationToken ct)
    {
        var offre = await store.GetAsync(id, ct);
        if (offre is null)
            return null;
        var source = await SourceOfAsync(offre, ct);
        string? appellation = null;
        if (offre.RomeCode is { } rome && offre.AppellationLibelle is { } libelle)
            _appellations.TryGetValue((rome, libelle), out appellation);
        var (departement, region) = PlaceOf(offre.LieuTravail);
        return new OffreEntry(offre, source, null, appellation, departement, region);
    }

    private async Task<string> SourceOfAsync(Offre offre, CancellationToken ct)
    {
        if (offre.OrigineOffre?.Origine != "2" || offre.OrigineOffre.Partenaires is not [{ Nom: { } nom }, ..])
            return Sources.Plateforme;
        if (_sourceByName is null || !_sourceByName.ContainsKey(nom))
        {
            // New partners appear rarely: reload the small source table on a miss.
            var sources = await store.GetSourcesAsync(ct);
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var s in sources)
                map.TryAdd(s.Nom, s.Code);
            _sourceByName = map;
        }
        return _sourceByName.GetValueOrDefault(nom) ?? nom;
    }

    private (string? Departement, string? Region) PlaceOf(LieuTravail? lieu)
    {
        var geo = data.Geographie;
        if (lieu is null || lieu.Commune is not null || lieu.Libelle is not { } libelle)
            return (null, null);
        var dash = libelle.IndexOf(" - ", StringComparison.Ordinal);
        if (dash > 0 && geo.DepartementByCode(libelle[..dash]) is { } departement)
            return (departement.Code, departement.CodeRegion);
        foreach (var region in geo.Regions)
        {
            if (string.Equals(region.Nom, libelle, StringComparison.Ordinal))
                return (null, region.Code);
        }
        return (null, null);
    }

    private static Dictionary<(string, string), string> BuildAppellations(ReferenceData data)
    {
        var map = new Dictionary<(string, string), string>();
        foreach (var a in data.Rome.Appellations)
            map.TryAdd((a.CodeRome, a.Libelle), a.Code);
        return map;
    }
}
