using OpenEmploi.Core.Referentiels;
using OpenEmploi.Core.Text;

namespace OpenEmploi.Web.Features.CompanyFinder;

/// <summary>What a typed occupation became: its ROME métier, or the appellations to choose from.</summary>
public sealed record ResolvedOccupation(Metier? Metier, string? Label, IReadOnlyList<Appellation> Choices);

/// <summary>
/// Turns the occupation field of the "Entreprises qui recrutent" page — an appellation as the
/// suggestions offer it, a ROME code, or words — into a ROME métier. The no-JavaScript path: a
/// typed text resolves here like a picked suggestion.
/// </summary>
public sealed class OccupationResolver(ReferenceData data)
{
    public const int MaxSuggestions = 10;

    private readonly (Appellation Appellation, string Folded)[] _appellations =
        [.. data.Rome.Appellations.Where(a => !a.PeuUsite).Select(a => (a, TextFolding.Fold(a.Libelle)))];

    public ResolvedOccupation Resolve(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var typed = text.Trim();
        if (typed.Length == 5 && data.Rome.MetierByCode(typed.ToUpperInvariant()) is { } byCode)
            return new ResolvedOccupation(byCode, byCode.Libelle, []);
        var folded = TextFolding.Fold(typed);
        var exact = _appellations.Where(a => a.Folded == folded).Select(a => a.Appellation).ToList();
        if (exact.Count > 0)
            return new ResolvedOccupation(data.Rome.MetierByCode(exact[0].CodeRome), exact[0].Libelle, []);
        var found = Suggest(typed, 50);
        var romes = found.Select(a => a.CodeRome).Distinct(StringComparer.Ordinal).ToList();
        return romes.Count == 1
            ? new ResolvedOccupation(data.Rome.MetierByCode(romes[0]), found[0].Libelle, [])
            : new ResolvedOccupation(null, null, [.. found.Take(MaxSuggestions)]);
    }

    /// <summary>Appellations containing every word typed, main appellations and shorter titles first.</summary>
    public IReadOnlyList<Appellation> Suggest(string text, int max = MaxSuggestions)
    {
        var words = TextFolding.Fold(text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
            return [];
        return [.. _appellations
            .Where(a => words.All(w => a.Folded.Contains(w, StringComparison.Ordinal)))
            .OrderByDescending(a => a.Folded.StartsWith(words[0], StringComparison.Ordinal))
            .ThenByDescending(a => a.Appellation.Principale)
            .ThenBy(a => a.Appellation.Libelle.Length)
            .Take(max)
            .Select(a => a.Appellation)];
    }
}
