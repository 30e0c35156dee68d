using System.CommandLine;
using System.Text;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Web.Features.DeveloperPlatform;
using OpenEmploi.Web.Features.Licence;
using Spectre.Console;

namespace OpenEmploi.Cli.Commands.Licence;

/// <summary>`openemploi licence publish --file F`: a new version of the reuse licence, announced to every reuser (art. 2).</summary>
internal static class LicenceCommand
{
    public static Command Create(Option<StoreLocation> store, IAnsiConsole console, TimeProvider time) =>
        new("licence", "Gère les versions de la licence de réutilisation.")
        {
            Publish(store, console, time),
        };

    private static Command Publish(Option<StoreLocation> store, IAnsiConsole console, TimeProvider time)
    {
        var file = new Option<FileInfo>("--file") { Description = "Fichier texte (UTF-8) du texte complet de la nouvelle version.", Required = true };
        var baseUrl = new Option<string?>("--base-url")
        {
            Description = "Adresse publique de la plateforme, pour le lien des courriels (ex. https://openemploi.example). Sans elle, les courriels nomment la page.",
        };
        var command = new Command("publish", "Publie une nouvelle version de la licence et prévient chaque réutilisateur dont une application est sous licence.")
        {
            file, baseUrl,
        };
        command.SetAction((result, ct) => CommandRunner.RunAsync(console, async () =>
        {
            var location = result.GetRequiredValue(store);
            var source = result.GetRequiredValue(file);
            if (!source.Exists)
                throw new UserErrorException($"--file : fichier introuvable : {source.FullName}");
            string text;
            try
            {
                text = await File.ReadAllTextAsync(source.FullName, new UTF8Encoding(false, throwOnInvalidBytes: true), ct);
            }
            catch (DecoderFallbackException error)
            {
                throw new UserErrorException($"--file : {source.FullName} n'est pas un texte UTF-8 valide (octet {error.Index} de la séquence fautive).");
            }
            await using (await CommandRunner.OpenStoreAsync(location, time, ct))
            {
            }
            await using var developers = DeveloperStore.Open(location, time);
            var (version, owners, problem) = await new LicencePublishing(developers.Licences, time)
                .PublishAsync(text, null, result.GetValue(baseUrl)?.TrimEnd('/'), ct);
            if (problem is not null)
                throw new UserErrorException($"{source.Name} : {problem}");
            console.MarkupLineInterpolated($"Version {version!.Version} de la licence publiée dans {location.Display} ; {owners} réutilisateur(s) prévenu(s).");
            console.MarkupLineInterpolated(
                $"Refus possible jusqu'au {FrenchTime.FormatDay(LicenceCalendar.LastRefusalDay(version.PublishedAt))} inclus ; acceptation tacite le {FrenchTime.Format(version.TacitAt!.Value)}, applicable le {FrenchTime.Format(version.InForceAt!.Value)}.");
            return 0;
        }));
        return command;
    }
}
