namespace OpenEmploi.OpenData.Tests.Anonymisation;

public sealed class PhoneTests
{
    [Theory]
    [InlineData("Appelez le 06 12 34 56 78.", "Appelez le [téléphone].")]
    [InlineData("Tél. 0612345678", "Tél. [téléphone]")]
    [InlineData("Tél.06.12.34.56.78", "Tél.[téléphone]")]
    [InlineData("au 01-23-45-67-89 ou", "au [téléphone] ou")]
    [InlineData("+33 6 12 34 56 78", "[téléphone]")]
    [InlineData("+33 (0)6 12 34 56 78 !", "[téléphone] !")]
    [InlineData("(+33) 612345678", "([téléphone]")]
    [InlineData("0033 1 23 45 67 89", "[téléphone]")]
    [InlineData("numéro vert 0 800 123 456", "numéro vert [téléphone]")]
    [InlineData("08 00 12 34 56 (gratuit)", "[téléphone] (gratuit)")]
    [InlineData("0 825 12 34 56", "[téléphone]")]
    [InlineData("La Réunion : +262 262 12 34 56", "La Réunion : [téléphone]")]
    [InlineData("06\u00A012\u00A034\u00A056\u00A078", "[téléphone]")]
    [InlineData("06 - 12 - 34 - 56 - 78", "[téléphone]")]
    [InlineData("Belgique +32 2 123 45 67", "Belgique [téléphone]")]
    public void Numbers_in_common_formats_are_replaced(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("Salaire de 2 000 € à 2 500 € bruts mensuels.")]
    [InlineData("Salaire annuel 28 000 - 32 000 €.")]
    [InlineData("Poste à 35h, horaires 08h30-12h00 / 13h30-17h00.")]
    [InlineData("Code ROME D1102, appellation 11573.")]
    [InlineData("SIRET 123 456 789 00012, SIREN 123456789.")]
    [InlineData("SIRET 12345678900012")]
    [InlineData("Prise de poste le 12.03.2026 ou le 01/04/2026.")]
    [InlineData("Code postal 69003, 75008 Paris.")]
    [InlineData("Contactez le 3949 (service gratuit).")]
    [InlineData("Taux horaire 11,88 € ; 151,67 heures.")]
    [InlineData("Référence 2026-11-000123")]
    [InlineData("Un numéro à 11 chiffres : 01234567890")]
    public void Numbers_that_are_no_phones_stay(string text) =>
        Assert.Equal(text, Scrub.Text(text));
}
