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
    /// without statistics (1 = national; 0 turns it off). The default, about 28,000 job seekers in
    /// categories A, B, C across France, publishes France's job-seeker totals, 16 of 18 régions'
    /// and 38 of 101 départements'; a tenth of it (1,100 job seekers) left every job-seeker figure
    /// "secret", France's included, since each breakdown cell then holds one person and a published
    /// total would give those ones away (docs/statistics.md, "Known limits"). The price: about 15 s
    /// more at start-up for the generation, and some 2 CPU-minutes per quarter computed in the
    /// background (docs/benchmarks.md, "Demo register scale").
    /// </summary>
    public double StatisticsScale { get; set; } = 0.005;
}
