using OpenEmploi.CompanyFinder.History;

namespace OpenEmploi.CompanyFinder.Models;

/// <summary>
/// Predicts each establishment's durable hires in a target window from what happened before it
/// (windows &lt; target and the headcount). The models and the backtest's baselines share this shape,
/// so the backtest compares them on exactly the same rows.
/// </summary>
public interface IHiringPredictor
{
    /// <summary>Short name shown in the backtest report.</summary>
    string Name { get; }

    /// <summary>Predicted hires, indexed as <see cref="HiringData.Establishments"/>; never negative.</summary>
    double[] Predict(HiringData data, int targetWindow);

    /// <summary>How the predicted hires split over occupations; by default the anchor's, the sector's affinity.</summary>
    IOccupationMix Occupations => SectorMix.Instance;
}
