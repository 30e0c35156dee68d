using System.Text.Json;
using OpenEmploi.Core.Statistics;

namespace OpenEmploi.Web.Features.Statistics;

/// <summary>A checked indicator request: every code known, the periods in order.</summary>
public sealed record IndicatorRequest(
    StatisticsIndicator Indicator,
    StatisticsTerritory Territory,
    StatisticsActivity Activity,
    PeriodKind PeriodKind,
    string Nomenclature,
    IReadOnlyList<string>? NomenclatureCodes,
    string? From,
    string? To,
    bool LatestOnly,
    bool WithoutCharacteristics,
    bool TwelveMonths = false)
{
    /// <summary>The published cells answering: the indicator's own, or its twelve-month sums.</summary>
    public string CellIndicator => TwelveMonths ? Indicator.TwelveMonthCode! : Indicator.Code;

    /// <summary>The response's <c>codeTypePeriode</c>.</summary>
    public string PeriodTypeCode => TwelveMonths ? StatisticsPeriods.TwelveMonthType : StatisticsPeriods.TypeCodeOf(PeriodKind);

    public string PeriodLabel(string code) => TwelveMonths ? StatisticsPeriods.TwelveMonthLabel(code) : StatisticsPeriods.Label(PeriodKind, code);
}

/// <summary>
/// Reads and checks an indicator request body. Every refusal names the field and the value at
/// fault and what would be accepted, in French, for the API's 400 body. Defaults: CUMUL activity,
/// the indicator's own period type and first nomenclature, France's code for NAT.
/// </summary>
public sealed class IndicatorRequestParser(TerritoryDirectory territories, StatisticsActivities activities, StatisticsCodeLists codeLists)
{
    public sealed record Outcome(IndicatorRequest? Request, string? Error);

    public Outcome Parse(StatisticsIndicator indicator, JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
            return Fail($"Le corps de la requête doit être un objet JSON (reçu : {Kind(body)}).");
        string? error = null;
        string? Text(string field) => Read(body, field, ref error);

        var typeTerritoire = Text("codeTypeTerritoire");
        var codeTerritoire = Text("codeTerritoire");
        var typeActivite = Text("codeTypeActivite");
        var codeActivite = Text("codeActivite");
        var typePeriode = Text("codeTypePeriode");
        var nomenclature = Text("codeTypeNomenclature");
        var dateDeb = Text("dateDeb");
        var dateFin = Text("dateFin");
        var latest = Flag(body, "dernierePeriode", ref error);
        var without = Flag(body, "sansCaracteristiques", ref error);
        var codes = List(body, "listeCodeNomenclature", ref error);
        if (error is not null)
            return Fail(error);

        if (typeTerritoire is null)
            return Fail($"Le champ « codeTypeTerritoire » est obligatoire ({TerritoryTypes.Codes}).");
        if (TerritoryTypes.Parse(typeTerritoire) is not { } level)
            return Fail($"Le champ « codeTypeTerritoire » vaut « {typeTerritoire} », qui n'est pas un type de territoire connu : {TerritoryTypes.Codes}.");
        if (level == TerritoryLevel.Nation)
            codeTerritoire ??= TerritoryDirectory.FranceCode;
        if (codeTerritoire is null)
            return Fail("Le champ « codeTerritoire » est obligatoire (voir /referentiel/territoires/" + TerritoryTypes.CodeOf(level) + ").");
        if (territories.Find(level, codeTerritoire) is not { } territory)
            return Fail($"Le champ « codeTerritoire » vaut « {codeTerritoire} », qui n'est pas un territoire de type {TerritoryTypes.CodeOf(level)} "
                + $"(voir /referentiel/territoires/{TerritoryTypes.CodeOf(level)}).");

        if (typeActivite is null && codeActivite is not null)
            return Fail($"Le champ « codeTypeActivite » est obligatoire avec « codeActivite » (« {codeActivite} ») : {string.Join(", ", StatisticsActivities.Types)}.");
        var activityType = typeActivite is null ? StatisticsActivities.Cumul : StatisticsActivities.ParseType(typeActivite);
        if (activityType is null)
            return Fail($"Le champ « codeTypeActivite » vaut « {typeActivite} », qui n'est pas un type d'activité connu : {string.Join(", ", StatisticsActivities.Types)}.");
        codeActivite ??= activityType == StatisticsActivities.Cumul ? StatisticsActivities.Cumul : null;
        if (codeActivite is null)
            return Fail($"Le champ « codeActivite » est obligatoire avec « codeTypeActivite » {activityType} (voir /referentiel/activites/{activityType}).");
        if (activities.Find(activityType, codeActivite) is not { } activity)
            return Fail($"Le champ « codeActivite » vaut « {codeActivite} », qui n'est pas une activité de type {activityType} (voir /referentiel/activites/{activityType}).");

        var kinds = string.Join(", ", indicator.PeriodKinds.Select(StatisticsPeriods.TypeCodeOf)
            .Concat(indicator.TwelveMonthCode is null ? [] : [StatisticsPeriods.TwelveMonthType]));
        var twelveMonths = string.Equals(typePeriode, StatisticsPeriods.TwelveMonthType, StringComparison.OrdinalIgnoreCase);
        var kind = typePeriode is null ? indicator.PeriodKinds[0] : twelveMonths ? PeriodKind.Quarter : StatisticsPeriods.ParseType(typePeriode);
        if (kind is null)
            return Fail($"Le champ « codeTypePeriode » vaut « {typePeriode} », qui n'est pas un type de période connu : {StatisticsPeriods.QuarterType}, {StatisticsPeriods.YearType}, {StatisticsPeriods.TwelveMonthType}.");
        if (twelveMonths ? indicator.TwelveMonthCode is null : !indicator.PeriodKinds.Contains(kind.Value))
            return Fail($"Le champ « codeTypePeriode » vaut « {typePeriode} », mais l'indicateur {indicator.Route} est publié par {kinds} seulement.");

        nomenclature = nomenclature?.Trim().ToUpperInvariant() ?? indicator.Nomenclatures[0];
        if (!indicator.Nomenclatures.Contains(nomenclature))
            return Fail($"Le champ « codeTypeNomenclature » vaut « {nomenclature} », mais l'indicateur {indicator.Route} se décline par {string.Join(", ", indicator.Nomenclatures)}.");
        var list = codeLists.Find(nomenclature)!;
        if (codes is not null)
        {
            foreach (var code in codes)
            {
                if (!list.Contains(code))
                    return Fail($"La valeur « {code} » de « listeCodeNomenclature » n'appartient pas à la nomenclature {nomenclature} : {string.Join(", ", list.Values.Select(v => v.Code))}.");
            }
        }

        var example = StatisticsPeriods.FromOrdinal(kind.Value, kind == PeriodKind.Year ? 2026 : 2026 * 4 + 2);
        foreach (var (field, value) in new[] { ("dateDeb", dateDeb), ("dateFin", dateFin) })
        {
            if (value is not null && StatisticsPeriods.Ordinal(kind.Value, value) is null)
                return Fail($"Le champ « {field} » vaut « {value} » : une période {StatisticsPeriods.TypeCodeOf(kind.Value)} s'écrit comme « {example} ».");
        }
        if (dateDeb is not null && dateFin is not null && StatisticsPeriods.Ordinal(kind.Value, dateDeb) > StatisticsPeriods.Ordinal(kind.Value, dateFin))
            return Fail($"Le champ « dateDeb » (« {dateDeb} ») est après « dateFin » (« {dateFin} »).");
        if (latest == true && (dateDeb is not null || dateFin is not null))
            return Fail("Le champ « dernierePeriode » vaut true : il ne se combine pas avec « dateDeb » ni « dateFin ».");

        return new Outcome(new IndicatorRequest(indicator, territory, activity, kind.Value, nomenclature, codes, dateDeb, dateFin,
            latest == true, without == true, twelveMonths), null);
    }

    private static Outcome Fail(string message) => new(null, message);

    private static string? Read(JsonElement body, string field, ref string? error)
    {
        if (!body.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        if (value.ValueKind != JsonValueKind.String)
        {
            error ??= $"Le champ « {field} » doit être une chaîne de caractères, pas {Kind(value)} ({value.GetRawText()}).";
            return null;
        }
        var text = value.GetString()!.Trim();
        return text.Length == 0 ? null : text;
    }

    private static bool? Flag(JsonElement body, string field, ref string? error)
    {
        if (!body.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            return value.GetBoolean();
        error ??= $"Le champ « {field} » doit valoir true ou false, pas {value.GetRawText()}.";
        return null;
    }

    private static List<string>? List(JsonElement body, string field, ref string? error)
    {
        if (!body.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
        {
            error ??= $"Le champ « {field} » doit être une liste de codes (par exemple [\"A\", \"ABC\"]), pas {value.GetRawText()}.";
            return null;
        }
        var codes = value.EnumerateArray().Select(v => v.GetString()!.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return codes.Count == 0 ? null : codes;
    }

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => "une liste",
        JsonValueKind.Object => "un objet",
        JsonValueKind.Number => "un nombre",
        JsonValueKind.True or JsonValueKind.False => "un booléen",
        JsonValueKind.String => "une chaîne",
        _ => "null",
    };
}
