namespace OpenEmploi.Ingestion.Tests.Normalisation;

public sealed class EmployerTests
{
    [Theory]
    [InlineData("6201Z", "62.01Z", "62")]
    [InlineData("62.01Z", "62.01Z", "62")]
    [InlineData("62.01 Z", "62.01Z", "62")]
    [InlineData("62 01 z", "62.01Z", "62")]
    [InlineData("1071C", "10.71C", "10")]
    [InlineData("62.01", "62.01Z", "62")]
    [InlineData("10.71", null, "10")]
    [InlineData("56", null, "56")]
    [InlineData("9999Z", null, null)]
    [InlineData("informatique", null, null)]
    public void Naf_codes_are_normalised_to_the_sous_classe(string written, string? codeNaf, string? division)
    {
        var offre = Shared.Wire(r => r.Employer.Naf = written);

        Assert.Equal(codeNaf, offre.CodeNAF);
        Assert.Equal(division, offre.SecteurActivite);
        if (division is not null)
            Assert.Equal(Shared.Data.Naf.ByCode(division)!.Libelle, offre.SecteurActiviteLibelle);
    }

    [Fact]
    public void The_sector_label_is_the_division_s()
    {
        var offre = Shared.Wire(r => r.Employer.Naf = "6201Z");

        Assert.Equal("Programmation, conseil et autres activités informatiques", offre.SecteurActiviteLibelle);
    }

    [Theory]
    [InlineData("732 829 320 00074", "73282932000074")]
    [InlineData("73282932000074", "73282932000074")]
    [InlineData("732.829.320", "732829320")]
    [InlineData("73282932000075", null)]
    [InlineData("12345", null)]
    [InlineData("SIRET inconnu", null)]
    public void Sirets_keep_their_digits_when_the_key_is_valid(string written, string? siret)
    {
        var offer = Shared.Accepted(Shared.Offer(r => r.Employer.Siret = written));

        Assert.Equal(siret, offer.Siret);
        Assert.Equal(siret is null, Shared.HasNote(offer, "siret", "invalide"));
    }

    [Fact]
    public void The_employer_is_described_but_never_contacted()
    {
        var offer = Shared.Accepted(Shared.Offer(r =>
        {
            r.Employer.Name = "Boulangerie <b>Martin</b>";
            r.Employer.Url = "https://boulangerie-martin.example";
            r.Contact = new() { Name = "M. Martin", Email = "martin@example.com", Phone = "06 12 34 56 78" };
        }));

        Assert.Equal("Boulangerie Martin", offer.Offre.Entreprise?.Nom);
        Assert.Equal("https://boulangerie-martin.example", offer.Offre.Entreprise?.Url);
        Assert.Null(offer.Offre.Contact);
        Assert.Null(offer.Offre.Agence);
        // Verification still sees the recruiter's details on the raw record.
        Assert.Equal("martin@example.com", offer.Raw.Contact.Email);
    }
}
