namespace OpenEmploi.Ingestion.Verification.Rules;

/// <summary>
/// One check of the labour code. A rule registers its patterns once (they are matched with every
/// other rule's in a single pass over the offer), then reads its hits and the offer's fields in
/// <see cref="Check"/> to apply its exceptions and report violations.
/// </summary>
internal abstract class Rule
{
    /// <summary>Stable code ("R01"), used in reports and by the moderation queue.</summary>
    public abstract string Code { get; }

    /// <summary>The decision of a violation unless the rule reports another one (R08).</summary>
    public abstract RuleDecision Decision { get; }

    /// <summary>Legal basis as quoted in reasons: "art. L1142-1 du Code du travail".</summary>
    public abstract string Basis { get; }

    /// <summary>Index of the rule's patterns in the shared matcher, given at registration.</summary>
    public int Owner { get; set; }

    public virtual void Register(RuleSetup setup)
    {
    }

    public abstract void Check(RuleContext context);
}
