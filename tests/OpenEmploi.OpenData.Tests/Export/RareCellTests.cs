using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OpenEmploi.Core.Offres;
using OpenEmploi.OpenData.Dataset;
using OpenEmploi.OpenData.Publishing;
using OpenEmploi.OpenData.RareCells;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.OpenData.Tests.Export;

/// <summary>
/// The rare-cell rule over a whole export: an offer alone in its small commune with its sector cannot
/// be found by its commune and sector, no published place × sector is shared by fewer than k rows,
/// and the manifest and the methodology give the counts of generalised rows.
/// </summary>
public sealed class RareCellTests(TestStores stores) : IClassFixture<TestStores>, IDisposable
{
    private const int K = RareCellRule.DefaultMinimumOffers;

    private static readonly GeneratedBase Base = new();
    private static readonly Lone Offres = Lone.Build();
    private readonly string _folder = Directory.CreateTempSubdirectory("oe-opendata-").FullName;

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_lone_offer_in_a_small_commune_cannot_be_found_by_its_commune_and_sector(StoreKind kind)
    {
        await using var store = await stores.OpenAsync(kind, TimeProvider.System);
        await Base.SeedAsync(store);
        await store.BulkInsertAsync([Offres.UniqueSector, Offres.CommonSector]);
        var exporter = new OpenDataExporter(store, new ExportDirectory(_folder), new FakeTimeProvider(new DateTimeOffset(GeneratedBase.Now)))
        {
            Places = PlaceLabels.From(GeneratedBase.ReferenceData.Geographie),
        };
        var export = await exporter.ExportAsync(default);
        var rows = ExportedFiles.Read(export).JsonLines;
        var pseudonym = await OffrePseudonym.LoadOrCreateAsync(store, default);

        var unique = rows.Single(r => Text(r, "idAnonyme") == pseudonym.Of(Offres.UniqueSector.Id));
        Assert.DoesNotContain(rows, r => Text(r, "communeCode") == Offres.UniqueSector.Offre.LieuTravail!.Commune);
        Assert.DoesNotContain(rows, r => Text(r, "secteurActivite") == Lone.UniqueDivision);
        Assert.Null(Text(unique, "secteurActivite"));
        Assert.Null(Text(unique, "secteurActiviteLibelle"));
        Assert.Equal(Offres.UniqueSector.Departement, Text(unique, "departementCode"));
        var departement = GeneratedBase.ReferenceData.Geographie.DepartementByCode(Offres.UniqueSector.Departement!)!;
        Assert.Equal($"{departement.Code} - {departement.Nom}", Text(unique, "lieuTravailLibelle"));

        var common = rows.Single(r => Text(r, "idAnonyme") == pseudonym.Of(Offres.CommonSector.Id));
        Assert.Null(Text(common, "communeCode"));
        Assert.Equal(Offres.CommonSector.Departement, Text(common, "departementCode"));
        Assert.Equal(Offres.CommonSector.Offre.SecteurActivite, Text(common, "secteurActivite"));
        Assert.DoesNotContain(rows, r => Text(r, "communeCode") == Offres.CommonSector.Offre.LieuTravail!.Commune);

        // Every published commune × sector and département × sector is shared by at least k rows.
        foreach (var cell in rows.Where(r => Text(r, "communeCode") is not null && Text(r, "secteurActivite") is not null)
            .GroupBy(r => (Text(r, "communeCode"), Text(r, "secteurActivite"))))
            Assert.True(cell.Count() >= K, $"{cell.Count()} lignes pour {cell.Key}");
        foreach (var row in rows.Where(r => Text(r, "communeCode") is null && Text(r, "departementCode") is not null && Text(r, "secteurActivite") is not null))
        {
            var shared = rows.Count(r => Text(r, "departementCode") == Text(row, "departementCode") && Text(r, "secteurActivite") == Text(row, "secteurActivite"));
            Assert.True(shared >= K, $"{shared} lignes pour {Text(row, "departementCode")} × {Text(row, "secteurActivite")}");
        }

        // The manifest and the methodology give the rule and its counts, which are the files' own.
        var generalised = export.Manifest.Generalisations!;
        var byId = Base.Offres.Select(o => o.Entry).Append(Offres.UniqueSector).Append(Offres.CommonSector).ToDictionary(e => pseudonym.Of(e.Id));
        var toDepartement = rows.Count(r => Text(r, "communeCode") is null && Text(r, "departementCode") is not null
            && byId[Text(r, "idAnonyme")!].Offre.LieuTravail?.Commune is not null);
        var withheld = rows.Count(r => Text(r, "secteurActivite") is null && byId[Text(r, "idAnonyme")!].Offre.SecteurActivite is not null);
        Assert.Equal(K, generalised.Seuil);
        Assert.Equal(toDepartement, generalised.CommuneVersDepartement);
        Assert.Equal(withheld, generalised.SecteurRetire);
        Assert.True(generalised.CommuneVersDepartement > 0 && generalised.VersRegion > 0 && generalised.SecteurRetire > 0);
        var methodology = File.ReadAllText(export.PathOf(ExportFileNames.Methodology));
        Assert.Contains($"**k = {K}**", methodology, StringComparison.Ordinal);
        Assert.Contains($"{N(generalised.CommuneVersDepartement)} de la commune au département", methodology, StringComparison.Ordinal);
        Assert.Contains($"{N(generalised.SecteurRetire)} sans leur secteur", methodology, StringComparison.Ordinal);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Without_the_rule_the_lone_offer_would_show_its_commune_and_its_sector(StoreKind kind)
    {
        await using var store = await stores.OpenAsync(kind, TimeProvider.System);
        await Base.SeedAsync(store);
        await store.BulkInsertAsync([Offres.UniqueSector]);
        var export = await new OpenDataExporter(store, new ExportDirectory(_folder), TimeProvider.System) { RareCells = new RareCellRule(1) }.ExportAsync(default);

        var rows = ExportedFiles.Read(export).JsonLines;
        var lone = Assert.Single(rows, r => Text(r, "communeCode") == Offres.UniqueSector.Offre.LieuTravail!.Commune);
        Assert.Equal(Lone.UniqueDivision, Text(lone, "secteurActivite"));
        Assert.Equal(new ExportGeneralisations(1, 0, 0, 0), export.Manifest.Generalisations);
    }

    private static string? Text(JsonElement row, string column) =>
        row.GetProperty(column) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    private static string N(long value) => value.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")).Replace('\u202F', ' ').Replace('\u00A0', ' ');

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Two offers added to the generated base, each alone in a small commune no generated offer uses.</summary>
    private sealed record Lone(OffreEntry UniqueSector, OffreEntry CommonSector)
    {
        /// <summary>"Activités des organisations et organismes extraterritoriaux": no generated employer has it.</summary>
        public const string UniqueDivision = "99";

        public static Lone Build()
        {
            var entries = Base.Offres.Select(o => o.Entry).ToList();
            Assert.DoesNotContain(entries, e => e.Offre.SecteurActivite == UniqueDivision);
            // The base's most common département × sector: a commune of it alone with that sector goes to the département, sector kept.
            var common = entries.Where(e => e.Departement is not null && e.Offre.SecteurActivite is not null)
                .GroupBy(e => (e.Departement!, e.Offre.SecteurActivite!))
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First();
            Assert.True(common.Count() >= K);
            var used = entries.Select(e => e.Offre.LieuTravail?.Commune).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var villages = GeneratedBase.ReferenceData.Geographie.CommunesOfDepartement(common.Key.Item1)
                .Where(c => !c.IsArrondissement && !used.Contains(c.CodeInsee)).OrderBy(c => c.Population).ThenBy(c => c.CodeInsee, StringComparer.Ordinal).Take(2).ToList();
            return new Lone(
                Place(Base.Generator.GenerateOne(GeneratedBase.Offers).Entry, villages[0], UniqueDivision, "Activités des organisations et organismes extraterritoriaux"),
                Place(Base.Generator.GenerateOne(GeneratedBase.Offers + 1).Entry, villages[1], common.Key.Item2, common.First().Offre.SecteurActiviteLibelle));
        }

        private static OffreEntry Place(OffreEntry entry, Core.Referentiels.Commune commune, string division, string? libelle)
        {
            entry.Offre.LieuTravail = new LieuTravail { Libelle = $"{commune.CodeDepartement} - {commune.Nom.ToUpperInvariant()}", Commune = commune.CodeInsee };
            entry.Offre.SecteurActivite = division;
            entry.Offre.SecteurActiviteLibelle = libelle;
            return entry with { Departement = commune.CodeDepartement, Region = commune.CodeRegion };
        }
    }
}
