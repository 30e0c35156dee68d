using System.CommandLine;
using System.Diagnostics;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.OpenData;
using OpenEmploi.OpenData.Publishing;
using OpenEmploi.OpenData.RareCells;
using OpenEmploi.Storage;
using Spectre.Console;

namespace OpenEmploi.Cli.Commands;

/// <summary>`openemploi export`: one export of the anonymised open dataset, as the server's schedule takes it.</summary>
internal static class ExportCommand
{
    public const string DefaultFolder = "data/opendata";

    // A draft this old belongs to no export in progress (the server uses the same age).
    private static readonly TimeSpan DraftAge = TimeSpan.FromHours(12);

    public static Command Create(Option<StoreLocation> store, IAnsiConsole console, TimeProvider time)
    {
        var into = new Option<string>("--into") { Description = $"Dossier des exports (défaut {DefaultFolder}, celui du serveur).", DefaultValueFactory = _ => DefaultFolder };
        var retention = new Option<int>("--retention-days") { Description = "Supprime ensuite les exports plus anciens (défaut 30 jours ; le plus récent reste toujours).", DefaultValueFactory = _ => 30 };
        retention.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && int.TryParse(token.Value, System.Globalization.CultureInfo.InvariantCulture, out var days) && days < 1)
                result.AddError($"--retention-days doit être d'au moins 1 (reçu {days}).");
        });

        var minimumCell = new Option<int>("--min-cell-offers")
        {
            Description = $"Seuil k des cellules rares : une commune ou un département qu'au moins k offres du même secteur ne partagent pas est généralisé (défaut {RareCellRule.DefaultMinimumOffers} ; 1 : aucune généralisation).",
            DefaultValueFactory = _ => RareCellRule.DefaultMinimumOffers,
        };
        minimumCell.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && int.TryParse(token.Value, System.Globalization.CultureInfo.InvariantCulture, out var k) && k < 1)
                result.AddError($"--min-cell-offers doit être d'au moins 1 (reçu {k}).");
        });

        var command = new Command("export", "Exporte le jeu de données ouvert anonymisé (CSV et JSON lines gzip, dictionnaire, méthodologie).") { into, retention, minimumCell };
        command.SetAction((result, ct) => CommandRunner.RunAsync(console, async () =>
        {
            var location = result.GetRequiredValue(store);
            var directory = new ExportDirectory(result.GetRequiredValue(into));
            await using var offres = await CommandRunner.OpenStoreAsync(location, time, ct);
            var total = await offres.CountOffersAsync(ct);
            var places = PlaceLabels.From(ReferenceData.LoadDefault().Geographie);

            var watch = Stopwatch.StartNew();
            PublishedExport? export = null;
            await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async context =>
                {
                    var counted = context.AddTask("Offres comptées par cellule", maxValue: Math.Max(total, 1));
                    var task = context.AddTask("Offres anonymisées et écrites", maxValue: Math.Max(total, 1));
                    var exporter = new OpenDataExporter(offres, directory, time)
                    {
                        OnOffreCounted = n => counted.Value = n,
                        OnOffreWritten = n => task.Value = n,
                        RareCells = new RareCellRule(result.GetValue(minimumCell)),
                        Places = places,
                    };
                    export = await exporter.ExportAsync(ct);
                    counted.Value = counted.MaxValue;
                    task.Value = task.MaxValue;
                });
            var seconds = Math.Max(watch.Elapsed.TotalSeconds, 0.001);
            var manifest = export!.Manifest;
            console.MarkupLineInterpolated(
                $"Export [bold]{manifest.Id}[/] : {manifest.Offres:N0} offres (séquence {manifest.Sequence:N0}) en {seconds:F1} s ({manifest.Offres / seconds:N0} offres/s), dans {export.Folder}.");
            var table = new Table().AddColumn("Fichier").AddColumn(new TableColumn("Taille").RightAligned()).AddColumn("SHA-256");
            foreach (var file in manifest.Fichiers)
                table.AddRow(file.Nom, file.Taille.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), file.Sha256);
            console.Write(table);
            var r = manifest.Remplacements;
            console.MarkupLineInterpolated(
                $"Remplacés : {r.Courriels:N0} courriels, {r.Telephones:N0} téléphones, {r.Liens:N0} liens, {r.Adresses:N0} adresses, {r.Noms:N0} noms, {r.Entreprises:N0} mentions de l'employeur.");
            if (manifest.Generalisations is { } g)
                console.MarkupLineInterpolated(
                    $"Cellules rares (k = {g.Seuil}) : {g.CommuneVersDepartement:N0} lignes de la commune au département, {g.VersRegion:N0} à la région, {g.SecteurRetire:N0} sans leur secteur.");
            foreach (var id in directory.Prune(time.GetUtcNow(), TimeSpan.FromDays(result.GetValue(retention)), DraftAge))
                console.MarkupLineInterpolated($"Export {id} supprimé (plus ancien que la durée de conservation).");
            return 0;
        }));
        return command;
    }
}
