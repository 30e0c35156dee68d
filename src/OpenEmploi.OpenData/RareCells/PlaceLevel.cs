namespace OpenEmploi.OpenData.RareCells;

/// <summary>How precisely a row of the dataset gives its place, finest first.</summary>
public enum PlaceLevel
{
    Commune,
    Departement,
    Region,

    /// <summary>The offer gives no place the store knows (no commune, département or région code).</summary>
    None,
}
