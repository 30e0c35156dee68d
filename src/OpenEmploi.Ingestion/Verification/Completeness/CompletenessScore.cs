namespace OpenEmploi.Ingestion.Verification.Completeness;

/// <summary>One line of the breakdown: what was looked at, the points earned and the most it could earn (negative for penalties).</summary>
public sealed record CompletenessItem(string Part, string Label, int Points, int Max);

/// <summary>
/// The completeness score (0–100) with its breakdown by part: 40 structure, 30 what candidates
/// decide on, 20 profile, 10 employer, minus penalties for warnings, boilerplate and staleness.
/// </summary>
public sealed record CompletenessScore(int Total, int Structure, int DecisionFactors, int Profile, int Employer, int Penalties, IReadOnlyList<CompletenessItem> Items)
{
    public const string StructurePart = "structure";
    public const string DecisionPart = "décision";
    public const string ProfilePart = "profil";
    public const string EmployerPart = "employeur";
    public const string PenaltyPart = "pénalités";
}
