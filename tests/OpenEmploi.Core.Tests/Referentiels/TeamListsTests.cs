using OpenEmploi.Core.Referentiels;

namespace OpenEmploi.Core.Tests.Referentiels;

/// <summary>The four lists written by the OpenEmploi team: themes, langues, pays, continents.</summary>
public class TeamListsTests(ReferenceDataFixture fixture) : IClassFixture<ReferenceDataFixture>
{
    private readonly ReferenceData _data = fixture.Data;

    [Fact]
    public void Every_row_loads()
    {
        Assert.Equal(22, _data.Listes.Themes.Count);
        Assert.Equal(43, _data.Listes.Langues.Count);
        Assert.Equal(97, _data.Listes.Pays.Count);
        Assert.Equal(6, _data.Listes.Continents.Count);
    }

    [Fact]
    public void Every_rome_domaine_belongs_to_at_least_one_theme()
    {
        var covered = _data.Listes.Themes.SelectMany(t => t.Domaines).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(_data.Rome.Domaines.Where(d => !covered.Contains(d.Code)).Select(d => d.Code));
    }

    [Fact]
    public void A_theme_lists_its_domaines()
    {
        var informatique = _data.Listes.Theme("12");

        Assert.Equal("Informatique et télécommunications", informatique?.Libelle);
        Assert.Equal(["M18", "I14"], informatique?.Domaines);
        Assert.Null(_data.Listes.Theme("99"));
    }

    [Fact]
    public void France_is_01_in_europe()
    {
        Assert.Equal(new Pays("01", "France", "EUR"), _data.Listes.Pays[0]);
        Assert.Equal(CodeLists.CodePaysFrance, _data.Listes.Pays[0].Code);
        Assert.Equal("Europe", _data.Listes.Continents.Single(c => c.Code == "EUR").Libelle);
    }

    [Fact]
    public void A_paysContinent_code_covers_a_country_or_a_continent()
    {
        Assert.Equal(["01"], _data.Listes.PaysCoveredBy("01").Select(p => p.Code));
        var europe = _data.Listes.PaysCoveredBy("EUR");
        Assert.Contains(europe, p => p.Code == "01");
        Assert.Contains(europe, p => p.Libelle == "Allemagne");
        Assert.DoesNotContain(_data.Listes.PaysCoveredBy("ASI"), p => p.Code == "01");
        Assert.All(_data.Listes.Continents, c => Assert.NotEmpty(_data.Listes.PaysCoveredBy(c.Code)));
        Assert.Empty(_data.Listes.PaysCoveredBy("00"));
        Assert.Empty(_data.Listes.PaysCoveredBy("eur"));
    }

    [Fact]
    public void Country_codes_are_two_digits_and_continent_codes_have_none()
    {
        Assert.All(_data.Listes.Pays, p => Assert.Matches("^[0-9]{2}$", p.Code));
        Assert.All(_data.Listes.Continents, c => Assert.Matches("^[A-Z]+$", c.Code));
    }

    [Fact]
    public void Languages_have_capital_iso_codes_and_french_names()
    {
        Assert.Equal("Anglais", _data.Listes.Langue("EN")?.Libelle);
        Assert.Equal("Allemand", _data.Listes.Langue("DE")?.Libelle);
        Assert.All(_data.Listes.Langues, l => Assert.Matches("^[A-Z]{2}$", l.Code));
    }

    [Fact]
    public void A_theme_naming_an_unknown_domaine_is_reported_with_its_line()
    {
        using var copy = new TempDataCopy();
        copy.EditLine("referentiels/themes.csv", 5, line => line + "|Z99");

        var e = Assert.Throws<ReferenceDataException>(() => ReferenceData.Load(copy.Directory));

        Assert.Equal(copy.PathOf("referentiels/themes.csv"), e.File);
        Assert.Equal(5, e.Line);
        Assert.Contains("Z99", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_country_of_an_unknown_continent_is_reported_with_its_line()
    {
        using var copy = new TempDataCopy();
        copy.EditLine("referentiels/pays.csv", 3, line => line[..line.LastIndexOf(',')] + ",XYZ");

        var e = Assert.Throws<ReferenceDataException>(() => ReferenceData.Load(copy.Directory));

        Assert.Contains("pays.csv:3:", e.Message, StringComparison.Ordinal);
        Assert.Contains("XYZ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_country_code_that_is_not_two_digits_is_reported_with_its_line()
    {
        using var copy = new TempDataCopy();
        copy.EditLine("referentiels/pays.csv", 4, line => "EUR" + line[line.IndexOf(',')..]);

        var e = Assert.Throws<ReferenceDataException>(() => ReferenceData.Load(copy.Directory));

        Assert.Contains("pays.csv:4:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_continent_code_with_a_digit_is_reported_with_its_line()
    {
        using var copy = new TempDataCopy();
        copy.EditLine("referentiels/continents.csv", 2, line => "A1" + line[line.IndexOf(',')..]);

        var e = Assert.Throws<ReferenceDataException>(() => ReferenceData.Load(copy.Directory));

        Assert.Contains("continents.csv:2:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_theme_file_is_reported_by_its_path()
    {
        using var copy = new TempDataCopy();
        File.Delete(copy.PathOf("referentiels/themes.csv"));

        var e = Assert.Throws<ReferenceDataException>(() => ReferenceData.Load(copy.Directory));

        Assert.Equal(copy.PathOf("referentiels/themes.csv"), e.File);
    }
}
