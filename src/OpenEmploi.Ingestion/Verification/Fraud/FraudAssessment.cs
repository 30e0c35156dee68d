namespace OpenEmploi.Ingestion.Verification.Fraud;

/// <summary>One reason to suspect a scam, with its weight in the score and what was seen.</summary>
/// <param name="Code">Stable code ("F01"), for reports and moderation filters.</param>
/// <param name="Weight">Points added to the score.</param>
/// <param name="Label">French label shown to moderators.</param>
/// <param name="Evidence">What triggered it, as written (a number, an address, words), when there is one.</param>
public sealed record FraudSignal(string Code, int Weight, string Label, string? Evidence);

/// <summary>
/// The fraud score (0–100, the sum of the signals' weights, capped) and whether the offer is held
/// for a moderator: held offers wait in the moderation queue instead of being published.
/// </summary>
public sealed record FraudAssessment(int Score, IReadOnlyList<FraudSignal> Signals, int Threshold)
{
    public bool Hold => Score >= Threshold;
}
