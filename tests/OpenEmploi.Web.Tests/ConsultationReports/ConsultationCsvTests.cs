using System.Text;
using OpenEmploi.Storage.Reports;
using OpenEmploi.Web.Features.ConsultationReports;

namespace OpenEmploi.Web.Tests.ConsultationReports;

public sealed class ConsultationCsvTests
{
    private static readonly ReportMonth November = new(2026, 11);

    [Theory]
    [InlineData("offre_id;vues\n048KLTP;12\n112ABCD;0\n")]
    [InlineData("\uFEFFoffre_id,vues\r\n048KLTP,12\r\n112ABCD,0\r\n")]
    [InlineData("OFFRE_ID ; VUES\n\"048KLTP\";12\n112ABCD; 0 \n\nTOTAL;12\n\n")]
    [InlineData("mois;offre_id;vues\n2026-11;048KLTP;12\n2026-11;112ABCD;0\n")]
    public void The_accepted_spellings_read_the_same(string csv)
    {
        var parsed = ConsultationCsv.Parse(Encoding.UTF8.GetBytes(csv), November);

        Assert.True(parsed.IsValid, string.Join("\n", parsed.Errors));
        Assert.Equal([new ConsultationLine("048KLTP", 12), new ConsultationLine("112ABCD", 0)], parsed.Lines);
    }

    [Theory]
    [InlineData("", "Ligne 1, champ « en-tête » : fichier vide : la première ligne doit être l'en-tête « offre_id;vues ».")]
    [InlineData("048KLTP;12\n", "Ligne 1, champ « en-tête », valeur « 048kltp » : colonne inconnue ; colonnes admises : offre_id, vues et, si vous le souhaitez, mois.")]
    [InlineData("offre_id\n048KLTP\n", "Ligne 1, champ « en-tête », valeur « offre_id » : en-tête attendu « offre_id;vues » (séparateur « ; » ou « , »).")]
    [InlineData("offre_id;vues\n048KLTP;12;3\n", "Ligne 2, champ « ligne », valeur « 048KLTP;12;3 » : 3 champ(s) au lieu des 2 de l'en-tête (offre_id;vues), séparés par « ; ».")]
    [InlineData("offre_id;vues\nTOTAL;1\n048KLTP;1\n", "Ligne 2, champ « offre_id », valeur « TOTAL » : la ligne TOTAL doit être la dernière du fichier.")]
    [InlineData("offre_id;vues\n048KLTP;99999999999999999999\n", "Ligne 2, champ « vues », valeur « 99999999999999999999 » : nombre de vues trop grand.")]
    [InlineData("offre_id;vues\n;4\n", "Ligne 2, champ « offre_id », valeur «  » : identifiant d'offre manquant.")]
    public void Each_error_names_its_line_field_and_value(string csv, string expected)
    {
        var parsed = ConsultationCsv.Parse(Encoding.UTF8.GetBytes(csv), November);

        Assert.False(parsed.IsValid);
        Assert.Equal(expected, parsed.Errors[0].ToString());
    }

    [Fact]
    public void A_long_value_is_shown_cut_in_its_error()
    {
        var parsed = ConsultationCsv.Parse(Encoding.UTF8.GetBytes("offre_id;vues\n" + new string('X', 5_000) + ";1\n"), November);

        Assert.Equal(new string('X', 80) + "…", Assert.Single(parsed.Errors).Value);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_reported_on_their_line()
    {
        byte[] latin1 = [.. Encoding.ASCII.GetBytes("offre_id;vues\n048KLTP;1\n"), 0xE9, .. Encoding.ASCII.GetBytes(";2\n")];

        var parsed = ConsultationCsv.Parse(latin1, November);

        Assert.Equal("Ligne 3, champ « ligne » : caractères illisibles : le fichier doit être encodé en UTF-8.", Assert.Single(parsed.Errors).ToString());
    }

    [Fact]
    public void A_file_wrong_throughout_lists_the_first_thousand_errors_and_counts_them_all()
    {
        var csv = "offre_id;vues\n" + string.Concat(Enumerable.Range(0, 1_500).Select(i => $"{OpenEmploi.Core.Offres.OffreId.FromNumber(i)};-1\n"));

        var parsed = ConsultationCsv.Parse(Encoding.UTF8.GetBytes(csv), November);

        Assert.Equal(1_500, parsed.ErrorCount);
        Assert.Equal(ConsultationCsv.MaxListedErrors, parsed.Errors.Count);
        Assert.Empty(parsed.Lines);
    }
}
