using OpenEmploi.Core.Referentiels;

namespace OpenEmploi.Core.Tests.Referentiels;

public class MalformedDataTests
{
    [Fact]
    public void Shipped_data_copied_elsewhere_loads()
    {
        using var copy = new TempDataCopy();

        Assert.Equal(35_014, ReferenceData.Load(copy.Directory).Geographie.Communes.Count);
    }

    [Fact]
    public void A_line_with_an_extra_field_is_reported_with_its_file_and_line()
    {
        using var copy = new TempDataCopy();
        copy.EditLine("geo/communes.csv", 100, line => line + ",surplus");

        var e = Assert.Throws<ReferenceDataException>(() => ReferenceData.Load(copy.Directory));

        Assert.Equal(copy.PathOf("geo/communes.csv"), e.File);
        Assert.Equal(100, e.Line);
        Assert.Contains("communes.csv:100:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_quote_is_reported_with_the_line_it_opens_on()
    {
        using var copy = new TempDataCopy();
        // On the last line, so that no later quote closes it.
        copy.EditLine("naf/naf_divisions.csv", 89, line => line.Replace("99,", "99,\"", StringComparison.Ordinal));

        var e = Assert.Throws<ReferenceDataException>(() => ReferenceData.Load(copy.Directory));

        Assert.Contains("naf_divisions.csv:89:", e.Message, StringComparison.Ordinal);
        Assert.Contains("guillemet", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_reported_by_its_path()
    {
        using var copy = new TempDataCopy();
        File.Delete(copy.PathOf("referentiels/permis.csv"));

        var e = Assert.Throws<ReferenceDataException>(() => ReferenceData.Load(copy.Directory));

        Assert.Equal(copy.PathOf("referentiels/permis.csv"), e.File);
        Assert.Null(e.Line);
        Assert.Contains("permis.csv", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_appellation_of_an_unknown_metier_is_reported_with_its_line()
    {
        using var copy = new TempDataCopy();
        copy.EditLine("rome/appellations.csv", 42, line => ReplaceField(line, 3, "Z9999"));

        var e = Assert.Throws<ReferenceDataException>(() => ReferenceData.Load(copy.Directory));

        Assert.Contains("appellations.csv:42:", e.Message, StringComparison.Ordinal);
        Assert.Contains("Z9999", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_departement_of_an_unknown_region_is_reported_with_its_line()
    {
        using var copy = new TempDataCopy();
        copy.EditLine("geo/departements.csv", 3, line => ReplaceField(line, 2, "00"));

        var e = Assert.Throws<ReferenceDataException>(() => ReferenceData.Load(copy.Directory));

        Assert.Contains("departements.csv:3:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_naf_class_of_an_unknown_groupe_is_reported_with_its_line()
    {
        using var copy = new TempDataCopy();
        copy.EditLine("naf/naf_classes.csv", 10, line => line[..line.LastIndexOf(',')] + ",99.9");

        var e = Assert.Throws<ReferenceDataException>(() => ReferenceData.Load(copy.Directory));

        Assert.Contains("naf_classes.csv:10:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_data_is_reported()
    {
        var empty = Directory.CreateTempSubdirectory("openemploi-empty-");
        try
        {
            var e = Assert.Throws<ReferenceDataException>(() => ReferenceData.Load(empty.FullName));

            Assert.StartsWith(empty.FullName, e.File, StringComparison.Ordinal);
            Assert.Contains("absent", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            empty.Delete();
        }
    }

    // The edited lines hold no quoted field before the one replaced.
    private static string ReplaceField(string line, int index, string value)
    {
        var fields = line.Split(',');
        fields[index] = value;
        return string.Join(',', fields);
    }
}
