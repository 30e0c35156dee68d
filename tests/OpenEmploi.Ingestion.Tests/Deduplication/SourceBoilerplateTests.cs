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

    private static string Words(int i) => string.Concat(Enumerable.Range(0, 3).Select(k => (char)('a' + ((i / (int)Math.Pow(26, k)) % 26))));
}
