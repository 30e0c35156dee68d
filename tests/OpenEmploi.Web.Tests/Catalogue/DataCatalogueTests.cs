using OpenEmploi.Web.Features.Catalogue;

namespace OpenEmploi.Web.Tests.Catalogue;

/// <summary>The catalogue's search over a provider of many datasets: paging, facets of every match, words without accents.</summary>
public sealed class DataCatalogueTests
{
    private sealed class ManyDatasets : IDatasetProvider
    {
        public IReadOnlyList<CatalogueDataset> Datasets() =>
        [
            .. Enumerable.Range(1, 25).Select(i => new CatalogueDataset(
                $"jeu-{i:00}", $"Statistiques {i:00}", i % 5 == 0 ? "Salaires médians par métier" : "Offres par département",
                "OpenEmploi", "Calculé", i % 2 == 0 ? CatalogueLicence.LicenceOuverte : CatalogueLicence.Projet, UpdateFrequency.Daily,
                null, "2026", "France", i % 5 == 0 ? ["salaires", "statistiques"] : ["statistiques"], [])),
        ];
    }

    private readonly DataCatalogue _catalogue = new([new ManyDatasets()]);

    [Fact]
    public void Pages_hold_ten_datasets_and_the_facets_count_every_match()
    {
        var third = _catalogue.Search(new CatalogueQuery(null, null, null, null, Page: 3));

        Assert.Equal(25, third.Total);
        Assert.Equal(3, third.Pages);
        Assert.Equal(["jeu-21", "jeu-22", "jeu-23", "jeu-24", "jeu-25"], third.Datasets.Select(d => d.Slug));
        Assert.Equal(new FacetValue("statistiques", "statistiques", 25), third.Tags[0]);
        Assert.Equal(new FacetValue("salaires", "salaires", 5), third.Tags[1]);
        Assert.Equal(13, third.Licences.Single(l => l.Value == "openemploi").Count);

        // A page past the last shows the last one.
        var past = _catalogue.Search(new CatalogueQuery(null, null, null, null, Page: 9));
        Assert.Equal(3, past.Page);
        Assert.Equal(third.Datasets.Select(d => d.Slug), past.Datasets.Select(d => d.Slug));
    }

    [Fact]
    public void Words_ignore_accents_and_case_and_filters_combine()
    {
        var found = _catalogue.Search(new CatalogueQuery("MEDIANS metier", "salaires", null, "lov2"));

        Assert.Equal(["jeu-10", "jeu-20"], found.Datasets.Select(d => d.Slug));
        Assert.Equal(0, _catalogue.Search(new CatalogueQuery("medians", null, "csv", null)).Total);
    }
}
