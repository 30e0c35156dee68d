using System.Text.Json.Serialization;

namespace OpenEmploi.Web.Features.Statistics;

/// <summary>The request body of every …/indicateur/* endpoint (France Travail's "Marché du travail" v1).</summary>
internal sealed record IndicatorRequestBody(
    [property: JsonPropertyName("codeTypeTerritoire")] string CodeTypeTerritoire,
    [property: JsonPropertyName("codeTerritoire")] string CodeTerritoire,
    [property: JsonPropertyName("codeTypeActivite")] string? CodeTypeActivite,
    [property: JsonPropertyName("codeActivite")] string? CodeActivite,
    [property: JsonPropertyName("codeTypePeriode")] string? CodeTypePeriode,
    [property: JsonPropertyName("codeTypeNomenclature")] string? CodeTypeNomenclature,
    [property: JsonPropertyName("listeCodeNomenclature")] IReadOnlyList<string>? ListeCodeNomenclature,
    [property: JsonPropertyName("dateDeb")] string? DateDeb,
    [property: JsonPropertyName("dateFin")] string? DateFin,
    [property: JsonPropertyName("dernierePeriode")] bool? DernierePeriode,
    [property: JsonPropertyName("sansCaracteristiques")] bool? SansCaracteristiques);

internal sealed record IndicatorResponse(
    [property: JsonPropertyName("codeFamille")] string CodeFamille,
    [property: JsonPropertyName("listeValeursParPeriode")] IReadOnlyList<ValeursParPeriode> ListeValeursParPeriode);

/// <summary>
/// One value of the indicator: a territory, an activity, a nomenclature value and a period, its
/// main number and share, and its breakdown by characteristic. <c>estMasque</c> (ours, as on the
/// breakdown's items) says the main value is withheld by statistical confidentiality.
/// </summary>
internal sealed record ValeursParPeriode(
    [property: JsonPropertyName("codeTypeTerritoire")] string CodeTypeTerritoire,
    [property: JsonPropertyName("codeTerritoire")] string CodeTerritoire,
    [property: JsonPropertyName("libTerritoire")] string LibTerritoire,
    [property: JsonPropertyName("codeTypeActivite")] string CodeTypeActivite,
    [property: JsonPropertyName("codeActivite")] string CodeActivite,
    [property: JsonPropertyName("libActivite")] string LibActivite,
    [property: JsonPropertyName("codeNomenclature")] string CodeNomenclature,
    [property: JsonPropertyName("libNomenclature")] string LibNomenclature,
    [property: JsonPropertyName("codeTypePeriode")] string CodeTypePeriode,
    [property: JsonPropertyName("codePeriode")] string CodePeriode,
    [property: JsonPropertyName("libPeriode")] string LibPeriode,
    [property: JsonPropertyName("dateMaj")] string? DateMaj,
    [property: JsonPropertyName("valeurPrincipaleNombre")] double? ValeurPrincipaleNombre,
    [property: JsonPropertyName("valeurSecondairePourcentage")] double? ValeurSecondairePourcentage,
    [property: JsonPropertyName("estMasque")] bool EstMasque,
    [property: JsonPropertyName("listeValeurParCaract")] IReadOnlyList<ValeurParCaract> ListeValeurParCaract);

internal sealed record ValeurParCaract(
    [property: JsonPropertyName("codeTypeCaract")] string CodeTypeCaract,
    [property: JsonPropertyName("codeCaract")] string CodeCaract,
    [property: JsonPropertyName("libCaract")] string LibCaract,
    [property: JsonPropertyName("nombre")] double? Nombre,
    [property: JsonPropertyName("pourcentage")] double? Pourcentage,
    [property: JsonPropertyName("estMasque")] bool EstMasque);

internal sealed record TypeTerritoireEntry(
    [property: JsonPropertyName("codeTypeTerritoire")] string CodeTypeTerritoire,
    [property: JsonPropertyName("libTypeTerritoire")] string LibTypeTerritoire);

internal sealed record TerritoireEntry(
    [property: JsonPropertyName("codeTypeTerritoire")] string CodeTypeTerritoire,
    [property: JsonPropertyName("codeTerritoire")] string CodeTerritoire,
    [property: JsonPropertyName("libTerritoire")] string LibTerritoire);

internal sealed record ActiviteEntry(
    [property: JsonPropertyName("codeTypeActivite")] string CodeTypeActivite,
    [property: JsonPropertyName("codeActivite")] string CodeActivite,
    [property: JsonPropertyName("libActivite")] string LibActivite);

internal sealed record NomenclatureEntry(
    [property: JsonPropertyName("codeTypeNomenclature")] string CodeTypeNomenclature,
    [property: JsonPropertyName("codeNomenclature")] string CodeNomenclature,
    [property: JsonPropertyName("libNomenclature")] string LibNomenclature);

internal sealed record PeriodeEntry(
    [property: JsonPropertyName("codeTypePeriode")] string CodeTypePeriode,
    [property: JsonPropertyName("codePeriode")] string CodePeriode,
    [property: JsonPropertyName("libPeriode")] string LibPeriode,
    [property: JsonPropertyName("dateMaj")] string DateMaj);

[JsonSerializable(typeof(IndicatorResponse))]
[JsonSerializable(typeof(IReadOnlyList<TypeTerritoireEntry>))]
[JsonSerializable(typeof(IReadOnlyList<TerritoireEntry>))]
[JsonSerializable(typeof(IReadOnlyList<ActiviteEntry>))]
[JsonSerializable(typeof(IReadOnlyList<NomenclatureEntry>))]
[JsonSerializable(typeof(IReadOnlyList<PeriodeEntry>))]
internal sealed partial class StatisticsJson : JsonSerializerContext;
