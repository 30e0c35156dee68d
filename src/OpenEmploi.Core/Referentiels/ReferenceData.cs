namespace OpenEmploi.Core.Referentiels;

/// <summary>
/// All the reference data the product ships (data/README.md), loaded once, validated, and kept
/// as immutable lookups that any number of threads may read.
/// </summary>
public sealed class ReferenceData
{
    public const string DirectoryVariable = "OPENEMPLOI_DATA";

    private const string MarkerFile = "rome/metiers.csv";

    private ReferenceData(string directory, Geographie geographie, RomeReferentiel rome, NafReferentiel naf, CodeLists listes)
    {
        Directory = directory;
        Geographie = geographie;
        Rome = rome;
        Naf = naf;
        Listes = listes;
    }

    public string Directory { get; }

    public Geographie Geographie { get; }

    public RomeReferentiel Rome { get; }

    public NafReferentiel Naf { get; }

    public CodeLists Listes { get; }

    /// <exception cref="ReferenceDataException">A file is missing or malformed, or points to an unknown code.</exception>
    public static ReferenceData Load(string directory)
    {
        var root = Path.GetFullPath(directory);
        Geographie? geographie = null;
        RomeReferentiel? rome = null;
        NafReferentiel? naf = null;
        CodeLists? listes = null;
        // The four families are independent; reading them side by side divides start-up time.
        Concurrently.Run(
            () => geographie = GeographieLoader.Load(root),
            () => rome = RomeLoader.Load(root),
            () => naf = NafLoader.Load(root),
            () => listes = CodeListsLoader.Load(root));
        CodeListsLoader.CheckThemeDomaines(root, listes!, rome!);
        return new ReferenceData(root, geographie!, rome!, naf!, listes!);
    }

    /// <summary>
    /// The data folder: the one named by OPENEMPLOI_DATA when set, else data/ beside the binaries,
    /// else data/ under the current directory.
    /// </summary>
    /// <exception cref="ReferenceDataException">No candidate holds rome/metiers.csv.</exception>
    public static string LocateDataDirectory()
    {
        var configured = Environment.GetEnvironmentVariable(DirectoryVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            // An explicit setting that is wrong is an error, not a reason to use other data silently.
            return HasMarker(configured)
                ? Path.GetFullPath(configured)
                : throw new ReferenceDataException(Path.GetFullPath(configured), null,
                    $"{DirectoryVariable} désigne un dossier sans {MarkerFile}");
        }

        string[] candidates =
        [
            Path.Combine(AppContext.BaseDirectory, "data"),
            Path.Combine(System.IO.Directory.GetCurrentDirectory(), "data"),
        ];
        foreach (var candidate in candidates)
        {
            if (HasMarker(candidate))
                return Path.GetFullPath(candidate);
        }
        throw new ReferenceDataException(candidates[0], null,
            $"données de référence introuvables : ni {candidates[0]} ni {candidates[1]} ne contient {MarkerFile} ; " +
            $"définissez {DirectoryVariable}");
    }

    public static ReferenceData LoadDefault() => Load(LocateDataDirectory());

    private static bool HasMarker(string directory) => File.Exists(Path.Combine(directory, MarkerFile));
}
