using OpenEmploi.Ingestion.Deduplication;

namespace OpenEmploi.Ingestion.Tests.Deduplication;

public sealed class EmployerNameTests
{
    [Theory]
    [InlineData("BOULANGERIE MARTIN SARL", "boulangerie martin")]
    [InlineData("Boulangerie Martin S.A.R.L.", "boulangerie martin")]
    [InlineData("Sté Dupont & Fils (SAS)", "dupont fils")]
    [InlineData("Hôtel de l'Étoile", "hotel etoile")]
    [InlineData("  ", "")]
    [InlineData(null, "")]
    public void Names_are_folded_and_legal_forms_dropped(string? name, string expected) =>
        Assert.Equal(expected, string.Join(' ', EmployerName.Normalise(name)));

    [Theory]
    [InlineData("Boulangerie Martin", "BOULANGERIE MARTIN SAS")]
    [InlineData("Dupont et Fils", "Dupont & Fils")]
    [InlineData("Martin Boulangerie", "Boulangerie Martin")]
    [InlineData("Transports Lefebvre", "Transports Lefèbvre")]
    [InlineData("Boulangerie Martin", "Boulangerie Martn")]
    public void Variants_of_one_name_reach_the_threshold(string a, string b) =>
        Assert.True(EmployerName.Similarity(a, b) >= 0.9, $"{EmployerName.Similarity(a, b):F3}");

    [Theory]
    [InlineData("Boulangerie Martin", "Boulangerie Durand")]
    [InlineData("Boulangerie Martin", "Garage Martin")]
    [InlineData("Martin et Fils", "Martin")]
    [InlineData("Proxi Intérim Lyon", "Proxi Intérim Marseille")]
    public void Different_employers_stay_under_it(string a, string b) =>
        Assert.True(EmployerName.Similarity(a, b) < 0.9, $"{EmployerName.Similarity(a, b):F3}");

    [Fact]
    public void A_missing_name_compares_as_nothing() => Assert.Equal(0, EmployerName.Similarity(null, "Boulangerie Martin"));

    [Theory]
    [InlineData("MARTHA", "MARHTA", 0.961)]
    [InlineData("DWAYNE", "DUANE", 0.840)]
    [InlineData("DIXON", "DICKSONX", 0.813)]
    [InlineData("ABC", "ABC", 1.0)]
    [InlineData("ABC", "XYZ", 0.0)]
    public void Jaro_winkler_gives_the_textbook_values(string a, string b, double expected) =>
        Assert.Equal(expected, JaroWinkler.Similarity(a, b), 3);
}
