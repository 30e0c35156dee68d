namespace OpenEmploi.Web.Features.DepotOffres;

/// <summary>Configuration section "OpenEmploi:DepotOffres": limits of the postings API.</summary>
public sealed class DepotOffresOptions
{
    public const string Section = "OpenEmploi:DepotOffres";

    /// <summary>Offers in one POST.</summary>
    public int MaxBatchSize { get; set; } = 1_000;

    /// <summary>Bytes in one POST body (a thousand long offers fit in a few megabytes).</summary>
    public int MaxBodyBytes { get; set; } = 32 << 20;
}
