using System.CommandLine;
using OpenEmploi.Storage;

namespace OpenEmploi.Cli.Commands;

internal static class CommonOptions
{
    public const string DefaultStore = "sqlite:data/openemploi.db";

    /// <summary>--store on every command (recursive), parsed early so a typo fails before any work.</summary>
    public static Option<StoreLocation> Store() => new("--store")
    {
        Description = "Base des offres : sqlite:CHEMIN (défaut sqlite:data/openemploi.db) ou postgres:CHAINE-DE-CONNEXION.",
        Recursive = true,
        DefaultValueFactory = _ => StoreLocation.Parse(DefaultStore),
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : DefaultStore;
            try
            {
                return StoreLocation.Parse(text);
            }
            catch (FormatException error)
            {
                result.AddError(error.Message);
                return null;
            }
        },
    };
}
