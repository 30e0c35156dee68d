using OpenEmploi.Core.Statistics;
using OpenEmploi.CompanyFinder.History;
using OpenEmploi.CompanyFinder.Models;
using OpenEmploi.CompanyFinder.Scoring;
using OpenEmploi.CompanyFinder.Search;

namespace OpenEmploi.CompanyFinder.Prediction;

/// <summary>
/// Turns a model's predicted hires into what is published: per establishment the global score and
/// per occupation the score of predicted hires × the model's occupation share (affinity(ROME, NAF) for the anchor). The counts stay here. Kept:
/// establishments listed globally (score ≥ 50) with coordinates, and the occupations each is listed
/// for (score at least that occupation's threshold, lowered for occupations in tension).
/// </summary>
public static class CompanyPrediction
{
    public static async Task<IReadOnlyList<ListedCompany>> ScoreAsync(
        IStatisticsInputs inputs, HiringData data, IHiringPredictor model, ListingThresholds thresholds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(thresholds);
        var predicted = model.Predict(data, data.TargetWindow);
        var listed = new List<ListedCompany>();
        await foreach (var e in inputs.ReadEstablishmentsAsync(ct))
        {
            if (data.IndexOf(e.Siret) is not { } i || e.Latitude is not { } lat || e.Longitude is not { } lon)
                continue;
            var global = HiringScore.FromHires(predicted[i]);
            if (!ListingThresholds.ListsGlobally(global))
                continue;
            var scores = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var rome in model.Occupations.OccupationsOf(data, i))
            {
                var score = HiringScore.FromHires(predicted[i] * model.Occupations.ShareOf(data, i, rome));
                if (thresholds.ListsFor(rome, global, score))
                    scores[rome] = score;
            }
            listed.Add(new ListedCompany(e.Siret, e.Name, e.Sign, e.Naf, e.HeadcountBand, e.Commune, lat, lon, e.PartialDiffusion, global, scores));
        }
        return listed;
    }
}
