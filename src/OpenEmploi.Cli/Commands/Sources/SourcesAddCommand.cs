using System.CommandLine;
using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Feeds;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Ingestion;
using Spectre.Console;

namespace OpenEmploi.Cli.Commands.Sources;

internal static class SourcesAddCommand
{
    public static Command Create(Option<StoreLocation> store, IAnsiConsole console, TimeProvider time)
    {
        var code = new Argument<string>("CODE") { Description = "Code court et stable de la source (JOBSREGION)." };
        var name = new Option<string>("--name") { Description = "Nom affiché dans origineOffre.partenaires.", Required = true };
        var url = new Option<string?>("--url") { Description = "Site du partenaire." };
        var logo = new Option<string?>("--logo") { Description = "URL du logo." };
        var consent = new Option<bool>("--consent") { Description = "Le partenaire consent à la multidiffusion de ses offres." };
        var feed = new Option<string?>("--feed") { Description = "Emplacement du flux (fichier ou URL)." };
        var format = new Option<string?>("--format") { Description = "Format du flux : json, jsonld, xml, csv." };
        var every = new Option<int?>("--every") { Description = "Import automatique toutes les N minutes (absent : à la main)." };
        var command = new Command("add", "Ajoute une source partenaire, ou met à jour ses réglages.") { code, name, url, logo, consent, feed, format, every };
        command.SetAction((result, ct) => CommandRunner.RunAsync(console, () =>
            SourcesCommand.WithStoreAsync(result.GetRequiredValue(store), time, async ingestion =>
            {
                var value = result.GetRequiredValue(code).Trim().ToUpperInvariant();
                if (value.Length is 0 or > 40 || !value.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
                    throw new UserErrorException($"Code de source invalide « {value} » : lettres, chiffres, « _ » ou « - », 40 au plus.");
                if (result.GetValue(format) is { } f && !FeedFormats.TryParse(f, out _))
                    throw new UserErrorException($"Format inconnu « {f} » : json, jsonld, xml ou csv.");
                if (result.GetValue(every) is <= 0)
                    throw new UserErrorException("--every doit être un nombre de minutes strictement positif.");
                var kind = value == Core.Offres.Sources.Plateforme ? SourceSettings.Platform : SourceSettings.Partner;
                await ingestion.UpsertSourceAsync(new SourceSettings(
                    new Source(value, result.GetRequiredValue(name), result.GetValue(url), result.GetValue(logo)), kind,
                    result.GetValue(consent), result.GetValue(feed), result.GetValue(format)?.ToLowerInvariant(), result.GetValue(every), null), ct);
                console.MarkupLineInterpolated($"Source {value} enregistrée.");
                return 0;
            }, ct)));
        return command;
    }
}
