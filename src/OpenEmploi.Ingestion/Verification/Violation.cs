namespace OpenEmploi.Ingestion.Verification;

/// <summary>What a rule decides about an offer that breaks it.</summary>
public enum RuleDecision
{
    /// <summary>Published, flagged to the employer or partner.</summary>
    Warn,

    /// <summary>Not published; kept with its reasons and visible to its source.</summary>
    Block,
}

/// <summary>The outcome of all the rules for one offer.</summary>
public enum VerificationDecision
{
    Publish,
    Warn,
    Block,
}

/// <summary>
/// One broken rule: its stable code (R01…R13), the decision, the French reason shown to the
/// employer (quoting the offending words), the words themselves as written, and the legal basis.
/// </summary>
public sealed record Violation(string Code, RuleDecision Decision, string Reason, string? Excerpt, string Basis);
