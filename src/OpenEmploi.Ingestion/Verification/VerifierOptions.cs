using OpenEmploi.Core.Travail;
using OpenEmploi.Ingestion.Verification.Fraud;

namespace OpenEmploi.Ingestion.Verification;

/// <summary>What the pipeline gives the verifier: clock, minimum wage table, fraud threshold and cross-offer state.</summary>
public sealed class VerifierOptions
{
    /// <summary>"Now" for offers without a date (minimum wage in force) and for staleness.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    public Smic Smic { get; init; } = Smic.France;

    /// <summary>Offers whose fraud score reaches this are held for a moderator.</summary>
    public int FraudHoldThreshold { get; init; } = 60;

    /// <summary>Pay distribution by ROME × région; without it the "salary far above" signal is off.</summary>
    public ISalaryDistribution? Salaries { get; init; }

    /// <summary>Texts already seen with their employers; without it the "one text, many employers" signal is off.</summary>
    public ITextEmployerIndex? TextIndex { get; init; }
}
