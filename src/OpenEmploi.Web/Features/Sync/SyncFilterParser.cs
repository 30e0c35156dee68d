using System.Text.RegularExpressions;
using OpenEmploi.Storage;

namespace OpenEmploi.Web.Features.Sync;

/// <summary>The feed's optional filters: departement, region and codeROME, each a comma-separated list.</summary>
internal static partial class SyncFilterParser
{
    public const int MaxValues = 50;

    /// <summary>The filter, or the French message of the first invalid parameter.</summary>
    public static (SyncFilter? Filter, string? Error) Parse(IQueryCollection query)
    {
        var departements = Values(query, "departement", DepartementPattern(), "un code de département (75, 2A, 971…)", out var error);
        if (error is not null)
            return (null, error);
        var regions = Values(query, "region", RegionPattern(), "un code de région INSEE à deux chiffres (11, 84…)", out error);
        if (error is not null)
            return (null, error);
        var romes = Values(query, "codeROME", RomePattern(), "un code ROME (une lettre et quatre chiffres, M1805…)", out error);
        if (error is not null)
            return (null, error);
        return (departements.Count + regions.Count + romes.Count == 0 ? SyncFilter.None : new SyncFilter(departements, regions, romes), null);
    }

    private static List<string> Values(IQueryCollection query, string name, Regex pattern, string expected, out string? error)
    {
        error = null;
        var values = new List<string>();
        foreach (var raw in query[name])
        {
            foreach (var part in (raw ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!pattern.IsMatch(part))
                {
                    error = $"Le paramètre {name} attend {expected} ; « {part} » n'en est pas un.";
                    return values;
                }
                if (!values.Contains(part))
                    values.Add(part);
            }
        }
        if (values.Count > MaxValues)
            error = $"Le paramètre {name} accepte au plus {MaxValues} valeurs.";
        return values;
    }

    [GeneratedRegex("^(?:[0-9]{2}|2A|2B|97[1-8])$", RegexOptions.CultureInvariant)]
    private static partial Regex DepartementPattern();

    [GeneratedRegex("^[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex RegionPattern();

    [GeneratedRegex("^[A-N][0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex RomePattern();
}
