namespace OpenEmploi.Web.Features.DemoData;

/// <summary>Configuration section "OpenEmploi:DemoData": what a first run on an empty base gets.</summary>
public sealed class DemoDataOptions
{
    public const string Section = "OpenEmploi:DemoData";

    /// <summary>Seed an empty base at start-up. On by default so that `dotnet run` shows a living platform.</summary>
    public bool Enabled { get; set; } = true;

    public int Offers { get; set; } = 50_000;

    public int Seed { get; set; } = 42;

    /// <summary>
    /// Share (0–1) of generated descriptions ending with a recruiter's e-mail, phone number or site,
    /// as real postings do; the store removes them, so the demo shows what publication does. Off by default.
    /// </summary>
    public double ContactShare { get; set; }

    /// <summary>
    /// Development only: scale of the labour-market statistics' generated register on a base
    /// without statistics (1 = national; 0 turns it off). The default, about 1,200 job seekers
    /// registered across France, computes in seconds: figures show for France and the régions,
    /// smaller territories are mostly "secret", as they would be with so few people.
    /// </summary>
    public double StatisticsScale { get; set; } = 0.0002;
}
