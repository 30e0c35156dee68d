namespace OpenEmploi.Ingestion.Verification.Fraud;

/// <summary>Median and 99th percentile of gross monthly full-time-equivalent pay, with the sample size.</summary>
public readonly record struct SalaryQuantiles(double P50, double P99, int Count);

/// <summary>
/// The pay distribution the fraud check compares an offer with, by ROME code and région (the
/// pipeline supplies it from the base; <see cref="SalaryDistribution"/> computes one from offers).
/// </summary>
public interface ISalaryDistribution
{
    /// <returns>Null when too few offers of that job are known.</returns>
    SalaryQuantiles? Get(string romeCode, string? region);
}

/// <summary>
/// Remembers which employers published a text, so that one text posted under several employer names
/// (a scam template) can be seen. Implementations must be thread-safe.
/// </summary>
public interface ITextEmployerIndex
{
    /// <summary>Records that <paramref name="employerKey"/> published the text of <paramref name="textHash"/>.</summary>
    /// <returns>How many distinct employers published it, this one included.</returns>
    int Observe(ulong textHash, string employerKey);
}
