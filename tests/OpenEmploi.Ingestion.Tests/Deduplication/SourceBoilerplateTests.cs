using OpenEmploi.Ingestion.Deduplication;

namespace OpenEmploi.Ingestion.Tests.Deduplication;

public sealed class SourceBoilerplateTests
{
    private static readonly BoilerplateOptions Options = new() { Share = 0.3, MinAds = 10, RecentAds = 100 };

    [Fact]
    public void A_line_in_many_of_a_sources_ads_becomes_boilerplate_for_that_source_only()
    {
        var table = new SourceBoilerplate(Options);
        for (var i = 0; i < 40; i++)
        {
            var footer = i % 2 == 0 ? "postulez en un clic sur jobsrégion !" : "jobsrégion, l'emploi près de chez vous.";
            table.Observe("JOBSREGION", $"annonce numéro unique {Words(i)}\n{footer}\nréf. {1000 + i}");
        }
        Assert.True(table.IsBoilerplate("JOBSREGION", "postulez en un clic sur jobsrégion !"));
        Assert.True(table.IsBoilerplate("JOBSREGION", "jobsrégion, l'emploi près de chez vous."));
        // Numbers are folded: every "réf. N" is one line.
        Assert.True(table.IsBoilerplate("JOBSREGION", "réf. 55555"));
        Assert.False(table.IsBoilerplate("JOBSREGION", $"annonce numéro unique {Words(3)}"));
        Assert.False(table.IsBoilerplate("EMPLOIDIRECT", "postulez en un clic sur jobsrégion !"));
        Assert.Equal($"annonce numéro unique {Words(7)}", table.Strip("JOBSREGION", $"annonce numéro unique {Words(7)}\npostulez en un clic sur jobsrégion !"));
    }

    [Fact]
    public void Nothing_is_boilerplate_before_the_source_has_shown_enough_ads()
    {
        var table = new SourceBoilerplate(Options);
        for (var i = 0; i < 9; i++)
            table.Observe("S", "même ligne partout");
        Assert.False(table.IsBoilerplate("S", "même ligne partout"));
        table.Observe("S", "même ligne partout");
        Assert.True(table.IsBoilerplate("S", "même ligne partout"));
    }

    [Fact]
    public void Only_recent_ads_count()
    {
        var table = new SourceBoilerplate(Options);
        for (var i = 0; i < 100; i++)
            table.Observe("S", "ancien pied de page");
        for (var i = 0; i < 80; i++)
            table.Observe("S", $"texte {Words(i)}");
        // 20 of the 100 most recent ads: under 30 %.
        Assert.False(table.IsBoilerplate("S", "ancien pied de page"));
        Assert.Equal(100, table.RecentAds("S"));
    }

    [Fact]
    public void A_frozen_table_answers_as_the_table_did_when_frozen_while_the_table_learns_on()
    {
        // An import's batch is printed from a frozen table while the next batches are decided.
        var table = new SourceBoilerplate(Options);
        for (var i = 0; i < 20; i++)
            table.Observe("S", $"texte {Words(i)}\nvieux pied de page");
        var frozen = table.Frozen(["S", "T"]);
        for (var i = 0; i < 100; i++)
            table.Observe("S", $"texte {Words(100 + i)}\nnouveau pied de page");

        Assert.False(table.IsBoilerplate("S", "vieux pied de page"));
        Assert.True(table.IsBoilerplate("S", "nouveau pied de page"));
        Assert.True(frozen.IsBoilerplate("S", "vieux pied de page"));
        Assert.False(frozen.IsBoilerplate("S", "nouveau pied de page"));
        Assert.False(frozen.IsBoilerplate("S", $"texte {Words(3)}"));
        // A source it was given but the table had not seen: nothing is boilerplate, as in the table.
        Assert.False(frozen.IsBoilerplate("T", "vieux pied de page"));
    }

    [Fact]
    public void A_frozen_table_neither_learns_nor_answers_for_a_source_it_was_not_given()
    {
        var table = new SourceBoilerplate(Options);
        for (var i = 0; i < 20; i++)
            table.Observe("S", "pied de page");
        var frozen = table.Frozen(["T"]);

        Assert.Throws<InvalidOperationException>(() => frozen.IsBoilerplate("S", "pied de page"));
        Assert.Throws<InvalidOperationException>(() => frozen.Observe("T", "pied de page"));
    }

    private static string Words(int i) => string.Concat(Enumerable.Range(0, 3).Select(k => (char)('a' + ((i / (int)Math.Pow(26, k)) % 26))));
}
