using OpenEmploi.Search.Facts;
using OpenEmploi.Search.Query;

namespace OpenEmploi.Search.Tests.Facts;

public sealed class WireLabelsTests
{
    [Theory]
    [InlineData("35H Horaires normaux", 35 * 60)]
    [InlineData("35H30 Horaires normaux", (35 * 60) + 30)]
    [InlineData("24H Travail en équipe", 24 * 60)]
    [InlineData("  39H", 39 * 60)]
    [InlineData("Horaires variables", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Weekly_hours_are_read_as_minutes(string? label, int? expected) =>
        Assert.Equal(expected, WireLabels.WeeklyMinutes(label));

    [Theory]
    [InlineData("CDD - 6 Mois", "6")]
    [InlineData("Mission intérimaire - 15 Jour(s)", "0.5")]
    [InlineData("Contrat travail saisonnier - 3 Mois", "3")]
    [InlineData("Contrat à durée indéterminée", null)]
    [InlineData("CDI", null)]
    [InlineData("CDD - quelques Mois", null)]
    public void Contract_lengths_are_read_in_months(string label, string? expected) =>
        Assert.Equal(expected is null ? null : decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), WireLabels.ContractMonths(label));

    [Theory]
    [InlineData("D", "Débutant accepté", ExperienceBand.MoinsDunAn)]
    [InlineData("S", "Expérience souhaitée de 6 Mois", ExperienceBand.MoinsDunAn)]
    [InlineData("E", "Expérience exigée de 1 An(s)", ExperienceBand.UnATroisAns)]
    [InlineData("E", "3 ans - en restauration collective", ExperienceBand.UnATroisAns)]
    [InlineData("E", "Expérience exigée de 5 An(s)", ExperienceBand.PlusDeTroisAns)]
    [InlineData("E", "Expérience exigée", ExperienceBand.NonPrecisee)]
    [InlineData(null, null, ExperienceBand.NonPrecisee)]
    public void Experience_labels_fall_into_the_api_bands(string? exige, string? label, ExperienceBand expected) =>
        Assert.Equal(expected, WireLabels.ExperienceBand(exige, label));

    [Fact]
    public void A_salary_range_is_read_with_its_period()
    {
        Assert.Equal((SalaryPeriod.Mensuel, 1923.00m, 2100.00m), WireLabels.Salary("Mensuel de 1923.00 Euros à 2100.00 Euros sur 12 mois"));
        Assert.Equal((SalaryPeriod.Annuel, 38000m, 45000m), WireLabels.Salary("Annuel de 38000.00 Euros à 45000.00 Euros sur 12 mois"));
        Assert.Equal((SalaryPeriod.Horaire, 11.88m, 11.88m), WireLabels.Salary("Horaire de 11.88 Euros sur 12 mois"));
        Assert.Equal((SalaryPeriod.Cachet, 150m, 150m), WireLabels.Salary("Cachet de 150.00 Euros"));
    }

    [Theory]
    [InlineData("Selon profil")]
    [InlineData("Mensuel selon convention")]
    [InlineData("")]
    [InlineData(null)]
    public void A_salary_without_amount_is_no_salary(string? label) =>
        Assert.Null(WireLabels.Salary(label));
}
