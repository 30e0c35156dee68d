namespace OpenEmploi.Statistics.Model;

/// <summary>
/// A cell's coordinates packed in one long (dictionary keys of tens of millions of increments):
/// indicator 8 bits, territory 17, activity 11, nomenclature code 6, characteristic 9. Ordering
/// keys orders cells by indicator, territory, activity, nomenclature then characteristic.
/// </summary>
internal readonly record struct CellKey(int Indicator, int Territory, int Activity, int Nomenclature, int Characteristic)
{
    public long Packed =>
        ((long)Indicator << 43) | ((long)Territory << 26) | ((long)Activity << 15) | ((long)Nomenclature << 9) | (long)Characteristic;

    /// <summary>The indicator of a packed key, its highest bits.</summary>
    public static int IndicatorOf(long packed) => (int)(packed >> 43);

    /// <summary>The indicator and territory of a packed key: equal for the cells of one territory's run in sorted keys.</summary>
    public static long TerritoryRunOf(long packed) => packed >> 26;

    /// <summary>The territory of a packed key.</summary>
    public static int TerritoryOf(long packed) => (int)((packed >> 26) & 0x1FFFF);

    /// <summary>The activity of a packed key.</summary>
    public static int ActivityOf(long packed) => (int)((packed >> 15) & 0x7FF);

    /// <summary>The nomenclature and characteristic codes of a packed key, its lowest 15 bits.</summary>
    public static int CodesOf(long packed) => (int)(packed & 0x7FFF);

    public static CellKey Unpack(long packed) => new(
        (int)(packed >> 43),
        (int)((packed >> 26) & 0x1FFFF),
        (int)((packed >> 15) & 0x7FF),
        (int)((packed >> 9) & 0x3F),
        (int)(packed & 0x1FF));

    public static void CheckRanges(int territories, int activities)
    {
        if (territories > 0x1FFFF || activities > 0x7FF)
            throw new InvalidOperationException($"Trop de territoires ({territories}) ou d'activités ({activities}) pour les clés de cellules.");
    }
}

/// <summary>A cell's sums: its value, and for cells built from establishments how many contributed and the largest share.</summary>
internal struct CellSums
{
    public double Value;
    public int Establishments;
    public double Largest;

    public void Add(in CellSums other)
    {
        Value += other.Value;
        Establishments += other.Establishments;
        Largest = Math.Max(Largest, other.Largest);
    }
}
