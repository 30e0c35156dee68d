using System.Globalization;
using OpenEmploi.Ingestion.Records;
using Xunit.Abstractions;

namespace OpenEmploi.Ingestion.Tests.Normalisation;

public sealed class RomeCodingTests(ITestOutputHelper output)
{
    /// <summary>Floor of the measured share (docs/normalisation.md records the exact figure; the target is 0.90).</summary>
    private const double MinShare = 0.995;

    [Fact]
    public void Generated_titles_are_coded_from_the_title_alone()
    {
        const int Count = 20_000;
        int rome = 0, appellation = 0, uncoded = 0;
        foreach (var generated in Shared.Generator.GenerateDetailed(0, Count))
        {
            var entry = generated.Entry;
            // Codes cleared: the title and the place are all the normaliser gets.
            var raw = new RawOffer { Title = entry.Offre.Intitule, Place = new RawPlace { Text = entry.Offre.LieuTravail!.Libelle } };
            var offer = Shared.Accepted(raw);
            if (offer.Offre.RomeCode is null)
                uncoded++;
            if (offer.Offre.RomeCode == entry.Offre.RomeCode)
                rome++;
            if (offer.Entry.AppellationCode == entry.AppellationCode)
                appellation++;
        }

        var share = (double)rome / Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ROME code equal to the generator's: {rome}/{Count} = {share:P2}; appellation: {(double)appellation / Count:P2}; uncoded: {uncoded}"));
        Assert.True(share >= MinShare, string.Create(CultureInfo.InvariantCulture, $"{share:P2} of generated titles coded correctly, floor {MinShare:P1}"));
    }

    [Theory]
    [InlineData("Boulanger H/F - CDI", "D1102")]
    [InlineData("Vendeuse en boulangerie", "D1106")]
    [InlineData("Aide-soignant de nuit (H/F)", "J1501")]
    [InlineData("Développeur Full Stack Java H/F", "M1855")]
    [InlineData("Chauffeur PL", "N4101")]
    [InlineData("Chauffeur SPL H/F", "N4101")]
    [InlineData("Cariste CACES 3 H/F", "N1101")]
    [InlineData("URGENT - Plombier chauffagiste confirmé", "F1620")]
    [InlineData("Employé(e) libre service", "D1507")]
    [InlineData("ASH - Agent de service hospitalier", "J1301")]
    [InlineData("ATSEM", "K1308")]
    [InlineData("Télé-conseiller", "D1408")]
    [InlineData("Infirmier IDE", "J1506")]
    [InlineData("Hôtesse de caisse", "D1505")]
    [InlineData("Serveur / Serveuse - Restaurant gastronomique", "G1803")]
    [InlineData("Planneur junior", "M1702")]
    [InlineData("Chargé de recrutement H/F", "M1502")]
    [InlineData("Chargé de projet emploi", "K1812")]
    [InlineData("Directeur d'accueil de loisirs sans hébergement", "G1237")]
    [InlineData("Directeur d'accueil de loisirs avec hébergement", "G1241")]
    [InlineData("Assistant RH", "M1501")]
    [InlineData("Femme de chambre", "G1501")]
    [InlineData("PRÉPARATEUR DE COMMANDES (F/H/X)", "N1103")]
    [InlineData("Boulangers", "D1102")]
    public void Real_world_titles_find_their_metier(string title, string codeRome) =>
        Assert.Equal(codeRome, Shared.Wire(r => r.Title = title).RomeCode);

    [Theory]
    [InlineData("Stage")]
    [InlineData("Poste à pourvoir")]
    [InlineData("Urgent CDI")]
    [InlineData("Xyzzy")]
    public void Titles_naming_no_job_get_no_code(string title)
    {
        var offer = Shared.Accepted(Shared.Offer(r => r.Title = title));

        Assert.Null(offer.Offre.RomeCode);
        Assert.Null(offer.Entry.AppellationCode);
        Assert.True(Shared.HasNote(offer, "romeCode", "aucun métier"));
    }

    [Fact]
    public void The_wire_fields_are_filled_from_the_appellation()
    {
        var offer = Shared.Accepted(Shared.Offer(r => r.Title = "Boulangère"));

        Assert.Equal("D1102", offer.Offre.RomeCode);
        Assert.Equal("Boulanger / Boulangère", offer.Offre.RomeLibelle);
        Assert.Equal("Boulanger / Boulangère", offer.Offre.AppellationLibelle);
        Assert.Equal(Shared.Data.Rome.PrincipalAppellationOf("D1102")!.Code, offer.Entry.AppellationCode);
    }

    [Theory]
    [InlineData("Boulanger H/F", "D1102", "D1102")]
    [InlineData("Boulanger H/F", "D1104", "D1104")]     // same domaine: the source knows its job
    [InlineData("Boulanger H/F", "d1102 ", "D1102")]
    [InlineData("Poste polyvalent H/F", "G1603", "G1603")]  // the title names no job: the source's code stands
    [InlineData("Développeur web", "M1805", "M1805")]    // the parent fiche of M1855
    public void A_plausible_source_code_is_kept(string title, string given, string expected)
    {
        var offer = Shared.Accepted(Shared.Offer(r => (r.Title, r.RomeCode) = (title, given)));

        Assert.Equal(expected, offer.Offre.RomeCode);
        Assert.Equal(expected, Shared.Data.Rome.AppellationByCode(offer.Entry.AppellationCode!)!.CodeRome);
        Assert.DoesNotContain(offer.Notes, n => n.Field == "romeCode");
    }

    [Fact]
    public void An_implausible_source_code_is_replaced_with_a_note()
    {
        var offer = Shared.Accepted(Shared.Offer(r => (r.Title, r.RomeCode) = ("Boulanger H/F", "M1805")));

        Assert.Equal("D1102", offer.Offre.RomeCode);
        Assert.True(Shared.HasNote(offer, "romeCode", "incohérent"));
    }

    [Fact]
    public void An_unknown_source_code_is_ignored_with_a_note()
    {
        var offer = Shared.Accepted(Shared.Offer(r => (r.Title, r.RomeCode) = ("Boulanger H/F", "Z9999")));

        Assert.Equal("D1102", offer.Offre.RomeCode);
        Assert.True(Shared.HasNote(offer, "romeCode", "inconnu"));
    }
}
