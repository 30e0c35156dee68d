namespace OpenEmploi.OpenData.RareCells;

/// <summary>
/// The export's first pass: how many published offers share each cell, a cell being a place at one
/// level (commune, département, région) with a sector, or the same place whatever the sector. Only
/// the cells are kept, not the offers: some hundred thousand small keys for a million offers.
/// </summary>
public sealed class CellCounts
{
    private readonly Dictionary<Cell, int> _counts = [];

    public long Offers { get; private set; }

    /// <summary>Distinct cells counted (memory check and tests).</summary>
    public int Cells => _counts.Count;

    public void Add(QuasiIdentifiers offre)
    {
        Offers++;
        for (var level = PlaceLevel.Commune; level < PlaceLevel.None; level++)
        {
            if (offre.PlaceAt(level) is not { } place)
                continue;
            // An offer without a sector is published without one: only its place's cell matters.
            if (offre.Sector is not null)
                Increment(new Cell(level, place, offre.Sector, AnySector: false));
            Increment(new Cell(level, place, null, AnySector: true));
        }
    }

    /// <summary>Offers at <paramref name="place"/> (at <paramref name="level"/>) whose sector is <paramref name="sector"/> .</summary>
    public int WithSector(PlaceLevel level, string place, string? sector) => _counts.GetValueOrDefault(new Cell(level, place, sector, AnySector: false));

    /// <summary>Offers at <paramref name="place"/> (at <paramref name="level"/>), whatever their sector.</summary>
    public int AnySector(PlaceLevel level, string place) => _counts.GetValueOrDefault(new Cell(level, place, null, AnySector: true));

    private void Increment(Cell cell)
    {
        ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_counts, cell, out _);
        count++;
    }

    private readonly record struct Cell(PlaceLevel Level, string Place, string? Sector, bool AnySector);
}
