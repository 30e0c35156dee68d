using OpenEmploi.CompanyFinder.Search;

namespace OpenEmploi.Storage.CompanyFinder;

/// <summary>One published prediction: model, cutoff month, when, how many establishments listed.</summary>
public sealed record PredictionRun(long Id, string Model, DateOnly SeenUntil, DateTimeOffset ComputedAt, int Establishments);

/// <summary>
/// The company finder's store (schema 15): the latest prediction's scores and the companies'
/// controls. Scores only — the predicted hire counts are never stored.
/// </summary>
public interface ICompanyFinderStore : IAsyncDisposable
{
    /// <summary>Replaces the published companies and scores by a new run's, all or nothing; controls stay.</summary>
    Task<PredictionRun> PublishPredictionAsync(string model, DateOnly seenUntil, IEnumerable<ListedCompany> companies, CancellationToken ct = default);

    Task<PredictionRun?> GetLatestRunAsync(CancellationToken ct = default);

    /// <summary>Every published company with its occupation scores, in SIRET order.</summary>
    Task<IReadOnlyList<ListedCompany>> ReadCompaniesAsync(CancellationToken ct = default);

    Task<ListedCompany?> GetCompanyAsync(string siret, CancellationToken ct = default);

    Task<IReadOnlyList<CompanyControl>> ReadControlsAsync(CancellationToken ct = default);

    Task<CompanyControl?> GetControlAsync(string siret, CancellationToken ct = default);

    /// <summary>Creates or replaces a company's controls (its occupations and places with them).</summary>
    Task SaveControlAsync(CompanyControl control, string updatedBy, CancellationToken ct = default);
}
