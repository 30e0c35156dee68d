using OpenEmploi.Core.Referentiels;

namespace OpenEmploi.DataGen;

/// <summary>
/// The tables every generator draws from, precomputed once from the reference data (places
/// weighted by population, occupations weighted by offer volume with their sectors, titles and
/// compétences). Immutable, so one instance serves all threads and all generators.
/// </summary>
public sealed class GeneratorContext
{
    public GeneratorContext(ReferenceData data)
    {
        Data = data;
        var nafs = new Dictionary<string, NafChoice>(StringComparer.Ordinal);
        foreach (var sc in data.Naf.SousClasses)
        {
            var division = data.Naf.AncestorAt(sc.Code, NafLevel.Division)
                ?? throw new InvalidOperationException($"Division NAF du code {sc.Code} introuvable.");
            nafs[sc.Code] = new NafChoice(sc.Code, division.Code, division.Libelle);
        }
        Nafs = nafs;
        Places = new PlaceTable(data.Geographie);
        Occupations = new OccupationTable(data, nafs);
    }

    public ReferenceData Data { get; }

    internal IReadOnlyDictionary<string, NafChoice> Nafs { get; }

    internal PlaceTable Places { get; }

    internal OccupationTable Occupations { get; }
}
