namespace OpenEmploi.Statistics.Model;

/// <summary>Which confidentiality rule a counted indicator's cells obey.</summary>
internal enum MeasureKind
{
    /// <summary>A count of people: below 11 is masked.</summary>
    People,
    /// <summary>People counted through establishments (hires, employees): below 11, fewer than 3 establishments or one above 85 % is masked.</summary>
    PeopleByEstablishment,
    /// <summary>A count of establishments: fewer than 3 is masked.</summary>
    Establishments,
    /// <summary>Public facts (offers published on the platform, survey estimates): no primary rule, shares still need 30.</summary>
    Public,
}

/// <summary>
/// A counted indicator: its code (docs/statistics.md), its rule, and whether it is published
/// (internal ones feed ratios and the tension method only).
/// </summary>
internal sealed record IndicatorDefinition(string Code, MeasureKind Kind, bool Published = true);
