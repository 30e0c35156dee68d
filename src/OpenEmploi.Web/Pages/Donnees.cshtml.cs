using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenEmploi.Core.Referentiels;

namespace OpenEmploi.Web.Pages;

public sealed class DonneesModel(ReferenceData data) : PageModel
{
    public sealed record Row(string Nom, int Entrees, string Source, string Licence);

    private const string LicenceOuverte = "Licence Ouverte / Etalab 2.0";

    public IReadOnlyList<Row> Rows { get; } =
    [
        new("Métiers ROME 4.0 (fiches)", data.Rome.Metiers.Count, "France Travail, ROME v460", LicenceOuverte),
        new("Appellations ROME", data.Rome.Appellations.Count, "France Travail, ROME v460", LicenceOuverte),
        new("Compétences ROME", data.Rome.Competences.Count, "France Travail, ROME v460", LicenceOuverte),
        new("Communes et arrondissements", data.Geographie.Communes.Count, "INSEE COG, Etalab découpage administratif, geo.api.gouv.fr, La Poste", LicenceOuverte),
        new("Départements", data.Geographie.Departements.Count, "INSEE COG via Etalab", LicenceOuverte),
        new("Régions", data.Geographie.Regions.Count, "INSEE COG via Etalab", LicenceOuverte),
        new("Sous-classes NAF rév. 2", data.Naf.SousClasses.Count, "INSEE", LicenceOuverte),
        new("Types de contrat", data.Listes.TypesContrat.Count, "France Travail, API Offres d'emploi v2", "Valeurs factuelles"),
        new("Natures de contrat", data.Listes.NaturesContrat.Count, "France Travail, API Offres d'emploi v2", "Valeurs factuelles"),
    ];
}
