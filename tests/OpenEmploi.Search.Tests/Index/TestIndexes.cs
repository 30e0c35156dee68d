using OpenEmploi.Core.Referentiels;
using OpenEmploi.Search.Facts;
using OpenEmploi.Search.Index;
using OpenEmploi.Search.Query;

namespace OpenEmploi.Search.Tests.Index;

/// <summary>Reference data, the production context and small helpers shared by the index tests.</summary>
internal static class TestIndexes
{
    private static readonly Lazy<ReferenceData> LazyData = new(ReferenceData.LoadDefault);
    private static readonly Lazy<IndexContext> LazyContext = new(() => IndexContext.Create(Data));

    public static readonly DateTime T0 = new(2026, 3, 2, 12, 0, 0, DateTimeKind.Utc);

    public static ReferenceData Data => LazyData.Value;

    public static IndexContext Context => LazyContext.Value;

    public static OffreIndex Build(IEnumerable<OffreFacts> facts) => OffreIndexBuilder.Build(Context, facts);

    /// <summary>The same index with its base laid out as a node's start-up build lays it out (<see cref="PlaceOrder"/>).</summary>
    public static OffreIndex BuildPlaceOrdered(IEnumerable<OffreFacts> facts)
    {
        var builder = new OffreIndexBuilder(Context);
        foreach (var f in facts)
            builder.Add(f);
        return new OffreIndex(Context, PlaceOrder.Apply(builder.BuildSegment()), null, 0, OffreIndexBuilder.Empty(), 0);
    }

    /// <summary>Ids of every match, sorted, for set comparisons.</summary>
    public static string[] Ids(OffreIndex index, SearchQuery query)
    {
        var result = index.Search(query with { Start = 0, End = 3149 }, T0);
        Assert.Equal(result.Total, result.Ids.Count);
        var ids = result.Ids.ToArray();
        Array.Sort(ids, StringComparer.Ordinal);
        return ids;
    }

    public static (double Lat, double Lon) Point(string insee)
    {
        var c = Data.Geographie.CommuneByInsee(insee) ?? throw new InvalidOperationException(insee);
        return (c.Latitude!.Value, c.Longitude!.Value);
    }

    public static double Lat(string insee) => Commune(insee).Latitude!.Value;

    public static double Lon(string insee) => Commune(insee).Longitude!.Value;

    public static string Dep(string insee) => Commune(insee).CodeDepartement;

    public static string Reg(string insee) => Commune(insee).CodeRegion;

    public static Commune Commune(string insee) =>
        Data.Geographie.CommuneByInsee(insee) ?? throw new InvalidOperationException(insee);
}
