using OpenEmploi.Core.Statistics;
using OpenEmploi.Statistics.Model;

namespace OpenEmploi.Statistics.Disclosure;

/// <summary>The confidentiality rules of labour-market-statistics.md, on one cell.</summary>
internal static class PrimaryRules
{
    /// <summary>People counts below this are never shown.</summary>
    public const int MinPeople = 11;

    /// <summary>A ratio or share needs at least this denominator.</summary>
    public const int MinDenominator = 30;

    public const int MinEstablishments = 3;

    /// <summary>No establishment may make more than this share of a cell.</summary>
    public const double MaxDominance = 0.85;

    public static MaskReason? Check(MeasureKind kind, in CellSums sums) => kind switch
    {
        MeasureKind.People => sums.Value < MinPeople ? MaskReason.SmallCount : null,
        MeasureKind.PeopleByEstablishment =>
            sums.Establishments < MinEstablishments ? MaskReason.FewEstablishments
            : sums.Largest > MaxDominance * sums.Value ? MaskReason.Dominance
            : sums.Value < MinPeople ? MaskReason.SmallCount
            : null,
        MeasureKind.Establishments => sums.Value < MinEstablishments ? MaskReason.FewEstablishments : null,
        _ => null,
    };

    /// <summary>A ratio's cell: masked when its denominator is below 30 or either term is not published.</summary>
    public static MaskReason? CheckRatio(double denominator, bool termsPublished) =>
        denominator < MinDenominator ? MaskReason.SmallDenominator
        : !termsPublished ? MaskReason.Secondary
        : null;
}
