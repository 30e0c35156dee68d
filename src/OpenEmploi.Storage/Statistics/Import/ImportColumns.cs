using OpenEmploi.Core.Statistics;

namespace OpenEmploi.Storage.Statistics.Import;

/// <summary>A column of an import file: its header name, whether the file must have it, and what it holds (docs/statistics-inputs.md).</summary>
public sealed record ImportColumn(string Name, bool Required, string Description);

/// <summary>The code shapes and the fixed code lists of the import files.</summary>
internal static class ImportCodes
{
    public static bool IsRome(string v) => v.Length == 5 && v[0] is >= 'A' and <= 'N' && v.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0;

    public static bool IsCommune(string v) => v.Length == 5 && (char.IsAsciiDigit(v[1]) || v[1] is 'A' or 'B')
        && v.AsSpan(2).IndexOfAnyExceptInRange('0', '9') < 0;

    public static bool IsDepartement(string v) => v is { Length: 2 or 3 } && (v.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0 || v is "2A" or "2B");

    public static bool IsNaf(string v) => v.Length == 6 && char.IsAsciiDigit(v[0]) && char.IsAsciiDigit(v[1]) && v[2] == '.'
        && char.IsAsciiDigit(v[3]) && char.IsAsciiDigit(v[4]) && char.IsAsciiLetterUpper(v[5]);

    public static bool IsSiret(string v) => v.Length == 14 && v.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0;

    public static bool IsZoneEmploi(string v) => v.Length is 4 or 5 && v.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0;

    public static bool IsEducation(string v) => v is "AFS" or "CP4" or "CFG" or "C3A" or "C12" or "NV5" or "NV4" or "NV3" or "NV2" or "NV1";

    public static bool IsQualification(string v) => v.Length == 1 && v[0] is >= '1' and <= '9';

    public static bool IsHeadcountBand(string v) => v is "NN" or "00" or "01" or "02" or "03" or "11" or "12" or "21" or "22" or "31" or "32"
        or "41" or "42" or "51" or "52" or "53";

    public static bool IsOfferId(string v) => v.Length is >= 1 and <= 20 && !v.Contains(' ', StringComparison.Ordinal);

    public static bool IsContract(string v) => v.Length is >= 2 and <= 3 && v.AsSpan().IndexOfAnyExceptInRange('A', 'Z') < 0;

    public static readonly IReadOnlyDictionary<string, JobSeekerCategory> Categories = new Dictionary<string, JobSeekerCategory>(StringComparer.Ordinal)
    {
        ["A"] = JobSeekerCategory.A, ["B"] = JobSeekerCategory.B, ["C"] = JobSeekerCategory.C, ["D"] = JobSeekerCategory.D, ["E"] = JobSeekerCategory.E,
    };

    public static readonly IReadOnlyDictionary<string, Sex> Sexes = new Dictionary<string, Sex>(StringComparer.Ordinal)
    {
        ["F"] = Sex.Female, ["2"] = Sex.Female, ["H"] = Sex.Male, ["M"] = Sex.Male, ["1"] = Sex.Male,
    };

    public static readonly IReadOnlyDictionary<string, ExperienceBand> Experience = new Dictionary<string, ExperienceBand>(StringComparer.Ordinal)
    {
        ["AUCUNE"] = ExperienceBand.None, ["MOINS_1_AN"] = ExperienceBand.LessThanOneYear, ["1_2_ANS"] = ExperienceBand.OneToTwoYears,
        ["3_5_ANS"] = ExperienceBand.ThreeToFiveYears, ["PLUS_5_ANS"] = ExperienceBand.MoreThanFiveYears,
    };

    public static readonly IReadOnlyDictionary<string, FamilySituation> Family = new Dictionary<string, FamilySituation>(StringComparer.Ordinal)
    {
        ["SEUL"] = FamilySituation.SingleWithoutChildren, ["SEUL_ENFANTS"] = FamilySituation.SingleWithChildren,
        ["COUPLE"] = FamilySituation.CoupleWithoutChildren, ["COUPLE_ENFANTS"] = FamilySituation.CoupleWithChildren,
    };

    public static readonly IReadOnlyDictionary<string, ExitReason> ExitReasons = new Dictionary<string, ExitReason>(StringComparer.Ordinal)
    {
        ["EMPLOI"] = ExitReason.JobFound, ["FORMATION"] = ExitReason.Training, ["DEFAUT_ACTUALISATION"] = ExitReason.NoRenewal,
        ["RADIATION"] = ExitReason.Cancelled, ["AUTRE"] = ExitReason.Other,
    };

    public static readonly IReadOnlyDictionary<string, HireContract> Contracts = new Dictionary<string, HireContract>(StringComparer.Ordinal)
    {
        ["CDI"] = HireContract.Cdi, ["CDD_PLUS_1_MOIS"] = HireContract.CddOverOneMonth, ["CDD_1_MOIS_OU_MOINS"] = HireContract.CddUpToOneMonth,
    };

    public static readonly IReadOnlyDictionary<string, bool> Booleans = new Dictionary<string, bool>(StringComparer.Ordinal)
    {
        ["1"] = true, ["O"] = true, ["OUI"] = true, ["TRUE"] = true, ["0"] = false, ["N"] = false, ["NON"] = false, ["FALSE"] = false,
    };

    /// <summary>SIRENE statutDiffusionEtablissement: O (diffusible) or P (partial); true means partial.</summary>
    public static readonly IReadOnlyDictionary<string, bool> Diffusion = new Dictionary<string, bool>(StringComparer.Ordinal)
    {
        ["O"] = false, ["P"] = true, ["N"] = true,
    };

    public static readonly IReadOnlyDictionary<string, OfferOrigin> Origins = new Dictionary<string, OfferOrigin>(StringComparer.Ordinal)
    {
        ["1"] = OfferOrigin.Employer, ["2"] = OfferOrigin.Partner,
    };

}
