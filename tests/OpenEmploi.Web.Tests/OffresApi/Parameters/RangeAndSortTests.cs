using OpenEmploi.Search.Query;
using static OpenEmploi.Web.Tests.OffresApi.Parameters.Parsing;

namespace OpenEmploi.Web.Tests.OffresApi.Parameters;

public sealed class RangeAndSortTests
{
    private const string Format = "Format du paramètre « range » incorrect. <entier>-<entier> attendu.";
    private const string Debut = "La position de début doit être inférieure ou égale à 3000.";
    private const string TropImportante = "La plage de résultats demandée est trop importante.";

    [Theory]
    [InlineData("", 0, 149)]
    [InlineData("?range=", 0, 149)]
    [InlineData("?range=0-0", 0, 0)]
    [InlineData("?range=0-149", 0, 149)]
    [InlineData("?range=10-20", 10, 20)]
    [InlineData("?range=3000-3149", 3000, 3149)]
    [InlineData("?range=2999-3148", 2999, 3148)]
    [InlineData("?range=007-9", 7, 9)]
    public void A_valid_range_is_the_window(string query, int start, int end)
    {
        var q = Query(query);

        Assert.Equal(start, q.Start);
        Assert.Equal(end, q.End);
    }

    [Theory]
    [InlineData("?range=abc")]
    [InlineData("?range=10")]
    [InlineData("?range=-10")]
    [InlineData("?range=10-")]
    [InlineData("?range=1-2-3")]
    [InlineData("?range=%2B1-2")]
    [InlineData("?range=1.5-2")]
    [InlineData("?range=1 -2")]
    [InlineData("?range=20-10")]
    [InlineData("?range=3500-3001")]
    public void A_malformed_range_reports_its_format(string query) => Assert.Equal(Format, Error(query));

    [Theory]
    [InlineData("?range=3001-3010")]
    [InlineData("?range=3001-3500")]
    [InlineData("?range=99999999999-99999999999")]
    public void A_start_past_3000_reports_the_start_before_the_size(string query) => Assert.Equal(Debut, Error(query));

    [Theory]
    [InlineData("?range=0-150")]
    [InlineData("?range=100-300")]
    [InlineData("?range=0-99999999999")]
    public void A_window_over_150_results_is_too_large(string query) => Assert.Equal(TropImportante, Error(query));

    [Theory]
    [InlineData("", SearchSort.Date)]
    [InlineData("?motsCles=", SearchSort.Date)]
    [InlineData("?motsCles=java", SearchSort.Relevance)]
    [InlineData("?sort=0", SearchSort.Relevance)]
    [InlineData("?sort=1&motsCles=java", SearchSort.Date)]
    [InlineData("?sort=2", SearchSort.Distance)]
    public void Sort_defaults_to_date_without_keywords_and_relevance_with(string query, SearchSort expected) =>
        Assert.Equal(expected, Query(query).Sort);

    [Theory]
    [InlineData("?sort=3")]
    [InlineData("?sort=-1")]
    [InlineData("?sort=date")]
    [InlineData("?sort=01")]
    public void An_unknown_sort_is_incorrect(string query) =>
        Assert.Equal("Valeur du paramètre « sort » incorrecte.", Error(query));

    [Fact]
    public void Errors_follow_the_contract_table_order_range_first()
    {
        Assert.Equal(Format, Error("?sort=9&typeContrat=XXX&range=x"));
        Assert.Equal(Incorrecte("sort"), Error("?typeContrat=XXX&sort=9"));
        Assert.Equal(Incorrecte("typeContrat"), Error("?typeContrat=XXX&commune=00000"));
    }
}
