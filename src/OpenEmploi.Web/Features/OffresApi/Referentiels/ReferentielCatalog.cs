using System.Collections.Frozen;
using OpenEmploi.Core.Referentiels;

namespace OpenEmploi.Web.Features.OffresApi.Referentiels;

/// <summary>One referential ready to send: its UTF-8 JSON array and its number of entries.</summary>
internal sealed record ReferentielPayload(string Name, byte[] Json, int Count);

/// <summary>
/// The 16 referentials of GET …/referentiel/{name}, serialised once at start-up: they change only
/// with the data files, so a request copies bytes and never serialises (communes is 35,000
/// entries). Names are matched exactly, as the API does.
/// </summary>
internal sealed class ReferentielCatalog
{
    private readonly FrozenDictionary<string, ReferentielPayload> _payloads;

    public ReferentielCatalog(ReferenceData data)
    {
        var payloads = new List<ReferentielPayload>
        {
            Build("appellations", data.Rome.Appellations, a => new ReferentielEntry(a.Code, a.Libelle)),
            Build("nafs", data.Naf.SousClasses, Entry),
            Build("communes", data.Geographie.Communes, c => new CommuneEntry(
                c.CodeInsee, c.Nom, c.CodesPostaux.Count > 0 ? c.CodesPostaux[0] : null, c.CodeDepartement)),
            Build("continents", data.Listes.Continents, Entry),
            Build("departements", data.Geographie.Departements, d => new DepartementEntry(
                d.Code, d.Nom, new ReferentielEntry(d.CodeRegion, data.Geographie.RegionByCode(d.CodeRegion)!.Nom))),
            Build("domaines", data.Rome.Domaines, d => new ReferentielEntry(d.Code, d.Libelle)),
            Build("langues", data.Listes.Langues, Entry),
            Build("metiers", data.Rome.Metiers, m => new ReferentielEntry(m.CodeRome, m.Libelle)),
            Build("naturesContrats", data.Listes.NaturesContrat, Entry),
            Build("niveauxFormations", data.Listes.NiveauxFormation, n => new ReferentielEntry(n.Code, n.Libelle)),
            Build("pays", data.Listes.Pays, p => new ReferentielEntry(p.Code, p.Libelle)),
            Build("permis", data.Listes.Permis, Entry),
            Build("regions", data.Geographie.Regions, r => new ReferentielEntry(r.Code, r.Nom)),
            Build("secteursActivites", data.Naf.Divisions, Entry),
            Build("themes", data.Listes.Themes, t => new ReferentielEntry(t.Code, t.Libelle)),
            Build("typesContrats", data.Listes.TypesContrat, Entry),
        };
        Names = [.. payloads.Select(p => p.Name)];
        _payloads = payloads.ToFrozenDictionary(p => p.Name, StringComparer.Ordinal);
    }

    /// <summary>The referential names, in the contract's order.</summary>
    public IReadOnlyList<string> Names { get; }

    public bool TryGet(string name, out ReferentielPayload payload) => _payloads.TryGetValue(name, out payload!);

    private static ReferentielEntry Entry(CodeLibelle e) => new(e.Code, e.Libelle);

    private static ReferentielEntry Entry(NafEntry e) => new(e.Code, e.Libelle);

    private static ReferentielPayload Build<TSource, TEntry>(string name, IReadOnlyList<TSource> source, Func<TSource, TEntry> map)
    {
        var entries = new TEntry[source.Count];
        for (var i = 0; i < entries.Length; i++)
            entries[i] = map(source[i]);
        return new ReferentielPayload(name, ReferentielJson.Serialize<TEntry>(entries), entries.Length);
    }
}
