using OpenEmploi.Ingestion.Verification.Completeness;
using OpenEmploi.Ingestion.Verification.Fraud;

namespace OpenEmploi.Ingestion.Verification;

/// <summary>
/// Everything the verifier found about one offer: the broken rules with the overall decision, the
/// fraud assessment (its hold is a separate, moderator's decision) and the completeness score.
/// </summary>
public sealed class VerificationResult
{
    public VerificationResult(IReadOnlyList<Violation> violations, FraudAssessment fraud, CompletenessScore completeness)
    {
        Violations = violations;
        Fraud = fraud;
        Completeness = completeness;
        var decision = VerificationDecision.Publish;
        foreach (var v in violations)
        {
            if (v.Decision == RuleDecision.Block)
            {
                decision = VerificationDecision.Block;
                break;
            }
            decision = VerificationDecision.Warn;
        }
        Decision = decision;
    }

    public IReadOnlyList<Violation> Violations { get; }

    /// <summary>Block when any violation blocks, Warn when there are only warnings, else Publish.</summary>
    public VerificationDecision Decision { get; }

    public FraudAssessment Fraud { get; }

    public CompletenessScore Completeness { get; }

    /// <summary>
    /// F09's template hash as the fraud check computed it, with its inputs (null when it did not:
    /// no employer, or no text index): the row's print reuses it (<see cref="OffreVerifier.FactsOf(Records.NormalisedOffer, TemplateReading?)"/>).
    /// </summary>
    internal TemplateReading? Template { get; init; }

    /// <summary>The distinct codes of the violations, in rule order ("R02", "R13").</summary>
    public IReadOnlyList<string> Codes
    {
        get
        {
            var codes = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var v in Violations)
                codes.Add(v.Code);
            return [.. codes];
        }
    }

    public bool Has(string code)
    {
        foreach (var v in Violations)
        {
            if (v.Code == code)
                return true;
        }
        return false;
    }
}
