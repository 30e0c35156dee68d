using System.Runtime.CompilerServices;
using OpenEmploi.Core.Referentiels;

namespace OpenEmploi.DataGen;

/// <summary>
/// The tables every generator draws from, precomputed once from the reference data (places
/// weighted by population, occupations weighted by offer volume with their sectors, titles and
/// compétences). Immutable, so one instance serves all threads and all generators.
/// </summary>
public sealed class GeneratorContext
{
    // Building the tables costs about 1.5 s of CPU; a process that seeds several bases from the
    // same reference data (a test run starts dozens of platforms, a development start seeds offers
    // then statistics) builds them once. Weak keys: the tables go with their reference data.
    private static readonly ConditionalWeakTable<ReferenceData, GeneratorContext> Shared = [];

    /// <summary>The one context of <paramref name="data"/> in this process, built on first use.</summary>
    public static GeneratorContext For(ReferenceData data) =>
        Shared.GetValue(data, static d => new GeneratorContext(d));

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
