namespace OpenEmploi.CompanyFinder.Scoring;

/// <summary>
/// Predicted hires are confidential: only this 0–100 score and its stars leave the model. The
/// mapping is the anchor's shape: linear up to score 50 (10 hires in six months), then linear to 60
/// (50 hires) and to 80 (100 hires), then logarithmic to 100 (500 hires and more). Monotonic and
/// continuous, so ranking by score is ranking by predicted hires.
/// </summary>
public static class HiringScore
{
    public const double HiresAtScore50 = 10;
    public const double HiresAtScore60 = 50;
    public const double HiresAtScore80 = 100;
    public const double HiresAtScore100 = 500;

    public static double FromHires(double hires)
    {
        if (double.IsNaN(hires) || hires <= 0)
            return 0;
        if (hires <= HiresAtScore50)
            return 50 * hires / HiresAtScore50;
        if (hires <= HiresAtScore60)
            return 50 + (10 * (hires - HiresAtScore50) / (HiresAtScore60 - HiresAtScore50));
        if (hires <= HiresAtScore80)
            return 60 + (20 * (hires - HiresAtScore60) / (HiresAtScore80 - HiresAtScore60));
        if (hires >= HiresAtScore100)
            return 100;
        // log(hires / 100) / log(500 / 100): 0 at 100 hires, 1 at 500.
        return 80 + (20 * Math.Log(hires / HiresAtScore80) / Math.Log(HiresAtScore100 / HiresAtScore80));
    }

    /// <summary>
    /// Stars from 0 to 5: score 20→100 maps linearly onto 2.5→5.0 as the anchor's; below 20 (an
    /// occupation in tension listed from score 5) it continues down to 0 stars at score 0, so a
    /// weaker prediction never shows more stars than a stronger one. Rounded to a tenth.
    /// </summary>
    public static double Stars(double score)
    {
        var clamped = Math.Clamp(score, 0, 100);
        var stars = clamped >= 20 ? 2.5 + (2.5 * (clamped - 20) / 80) : 2.5 * clamped / 20;
        return Math.Round(stars, 1, MidpointRounding.AwayFromZero);
    }
}
