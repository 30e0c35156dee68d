using OpenEmploi.Search.Facts;

namespace OpenEmploi.Ingestion.Tests.Normalisation;

public sealed class SalaryTests
{
    [Theory]
    [InlineData("2 000 € brut mensuel", "Mensuel de 2000.00 Euros sur 12 mois")]
    [InlineData("1800€/mois", "Mensuel de 1800.00 Euros sur 12 mois")]
    [InlineData("2.000 € par mois", "Mensuel de 2000.00 Euros sur 12 mois")]
    [InlineData("1 850,50 € brut / mois", "Mensuel de 1850.50 Euros sur 12 mois")]
    [InlineData("De 1 900 à 2 100 € par mois", "Mensuel de 1900.00 Euros à 2100.00 Euros sur 12 mois")]
    [InlineData("entre 25 et 30 k€/an", "Annuel de 25000.00 Euros à 30000.00 Euros sur 12 mois")]
    [InlineData("25K-30K", "Annuel de 25000.00 Euros à 30000.00 Euros sur 12 mois")]
    [InlineData("35 000 € brut annuel sur 13 mois", "Annuel de 35000.00 Euros sur 13 mois")]
    [InlineData("45k€ annuel", "Annuel de 45000.00 Euros sur 12 mois")]
    [InlineData("12,50 € de l'heure", "Horaire de 12.50 Euros sur 12 mois")]
    [InlineData("13€/h", "Horaire de 13.00 Euros sur 12 mois")]
    [InlineData("2000 € x 13 mois", "Mensuel de 2000.00 Euros sur 13 mois")]
    [InlineData("2200", "Mensuel de 2200.00 Euros sur 12 mois")]
    [InlineData("Cachet de 150 €", "Cachet de 150.00 Euros")]
    [InlineData("SMIC", "Horaire de 12.02 Euros sur 12 mois")]
    [InlineData("Mensuel de 1923.00 Euros sur 12 mois", "Mensuel de 1923.00 Euros sur 12 mois")]
    [InlineData("Annuel de 38000.00 Euros à 45000.00 Euros sur 12 mois", "Annuel de 38000.00 Euros à 45000.00 Euros sur 12 mois")]
    [InlineData("Horaire de 11.88 Euros à 12.50 Euros sur 13 mois", "Horaire de 11.88 Euros à 12.50 Euros sur 13 mois")]
    public void Amounts_become_the_generator_s_label(string text, string libelle)
    {
        var salaire = Shared.Wire(r => r.SalaryText = text).Salaire;

        Assert.NotNull(salaire);
        Assert.Equal(libelle, salaire.Libelle);
        Assert.Null(salaire.Commentaire);
        // The search reads the label back.
        Assert.NotNull(WireLabels.Salary(salaire.Libelle));
    }

    [Theory]
    [InlineData("selon profil", "Selon profil")]
    [InlineData("à négocier", "À négocier")]
    [InlineData("Selon convention collective", "Selon convention collective")]
    [InlineData("150 € par jour", "150 € par jour")]
    [InlineData("<b>Attractif</b> selon expérience", "Attractif selon expérience")]
    [InlineData("3000 CHF", "3000 CHF")]
    [InlineData("$60,000 per year", "$60,000 per year")]
    public void Words_without_a_usable_amount_are_a_comment(string text, string commentaire)
    {
        var salaire = Shared.Wire(r => r.SalaryText = text).Salaire;

        Assert.NotNull(salaire);
        Assert.Null(salaire.Libelle);
        Assert.Equal(commentaire, salaire.Commentaire);
    }

    [Theory]
    [InlineData(25000.0, 30000.0, "YEAR", "Annuel de 25000.00 Euros à 30000.00 Euros sur 12 mois")]
    [InlineData(11.88, null, "HOUR", "Horaire de 11.88 Euros sur 12 mois")]
    [InlineData(2100.0, 1900.0, "MONTH", "Mensuel de 1900.00 Euros à 2100.00 Euros sur 12 mois")]
    [InlineData(2000.0, null, null, "Mensuel de 2000.00 Euros sur 12 mois")]
    [InlineData(null, 42000.0, "YEAR", "Annuel de 42000.00 Euros sur 12 mois")]
    public void Structured_amounts_come_first(double? min, double? max, string? period, string libelle)
    {
        var offre = Shared.Wire(r =>
        {
            r.SalaryMin = (decimal?)min;
            r.SalaryMax = (decimal?)max;
            r.SalaryPeriod = period;
            r.SalaryText = "selon profil";
        });

        Assert.Equal(libelle, offre.Salaire?.Libelle);
    }

    [Fact]
    public void Structured_daily_pay_is_a_comment()
    {
        var offre = Shared.Wire(r => (r.SalaryMin, r.SalaryPeriod) = (150m, "DAY"));

        Assert.Equal("150 € par jour", offre.Salaire?.Commentaire);
    }

    [Fact]
    public void Smic_follows_the_creation_date()
    {
        var offre = Shared.Wire(r => (r.SalaryText, r.DatePosted) = ("Smic", new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero)));

        Assert.Equal("Horaire de 11.88 Euros sur 12 mois", offre.Salaire?.Libelle);
    }

    [Fact]
    public void Guesses_are_noted()
    {
        var inferred = Shared.Accepted(Shared.Offer(r => r.SalaryText = "2200"));
        Assert.True(Shared.HasNote(inferred, "salaire", "période de salaire déduite"));

        var net = Shared.Accepted(Shared.Offer(r => r.SalaryText = "1 600 € net par mois"));
        Assert.True(Shared.HasNote(net, "salaire", "net"));
    }

    [Fact]
    public void No_pay_information_leaves_no_salary()
    {
        Assert.Null(Shared.Wire(_ => { }).Salaire);
    }
}
