using System.Buffers;
using System.Text;
using System.Text.Json;
using OpenEmploi.Core.Offres;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.DataGen.Offres;
using OpenEmploi.Web.Features.Attribution;
using OpenEmploi.Web.Features.OffresApi;

namespace OpenEmploi.Web.Tests.OffresApi;

/// <summary>
/// The writer copies most documents whole and appends the contact; it must write exactly what the
/// property-by-property rewrite writes, and fall back to it whenever a document needs changing.
/// </summary>
public sealed class PublishedOffreWriterTests
{
    private static readonly OfferLinks Links = new("https://emploi.exemple.fr/offres/001AAAA/postuler?app=PAR_test_1&x=<é>", "https://emploi.exemple.fr/offres/001AAAA");

    [Fact]
    public void Copying_whole_documents_writes_what_the_rewrite_writes()
    {
        var generator = new OffreGenerator(ReferenceData.LoadDefault(), new OffreGeneratorOptions { Seed = 5, Now = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc) });
        var (partners, own) = (0, 0);
        foreach (var generated in generator.Generate(0, 300))
        {
            var offre = generated.Offre;
            offre.Contact = null;
            offre.Agence = null;
            var document = OffreJson.SerializeToUtf8(offre);

            Assert.Equal(Rewritten(document), Written(document));
            _ = offre.OrigineOffre?.Origine == "1" ? own++ : partners++;
        }
        // Both kinds were compared: the platform's own get their page spliced into their origin.
        Assert.True(partners > 50 && own > 50, $"{partners} partner offers, {own} platform offers");
    }

    [Fact]
    public void Documents_with_a_contact_an_agence_or_the_platforms_origin_are_rewritten()
    {
        var withContact = """{"id":"001AAAA","intitule":"Boulanger","contact":{"nom":"Mme Girard","courriel":"rh@exemple.fr"},"agence":{"telephone":"04 72 00 00 00"},"nombrePostes":1}"""u8.ToArray();
        var platformOwn = """{"id":"001AAAA","origineOffre":{"origine":"1","urlOrigine":null},"nombrePostes":1}"""u8.ToArray();
        var bareOwn = """{"id":"001AAAA","origineOffre":{"origine":"1"},"nombrePostes":1}"""u8.ToArray();

        var contact = Written(withContact);
        var own = Written(platformOwn);

        Assert.Equal(Rewritten(withContact), contact);
        Assert.DoesNotContain("Girard", contact, StringComparison.Ordinal);
        Assert.DoesNotContain("agence", contact, StringComparison.Ordinal);
        Assert.Equal(Rewritten(platformOwn), own);
        Assert.Contains("\"urlOrigine\":\"https://emploi.exemple.fr/offres/001AAAA\"", own, StringComparison.Ordinal);
        Assert.Equal(Rewritten(bareOwn), Written(bareOwn));
        Assert.Contains("\"origineOffre\":{\"origine\":\"1\",\"urlOrigine\":\"https://emploi.exemple.fr/offres/001AAAA\"},\"nombrePostes\":1", Written(bareOwn), StringComparison.Ordinal);
    }

    [Fact]
    public void The_appended_contact_is_valid_json_with_the_apply_link()
    {
        var written = Written("""{"id":"001AAAA","description":"Un \"contact\": cordial"}"""u8.ToArray());

        using var parsed = JsonDocument.Parse(written);
        var offer = parsed.RootElement[1];
        var contact = offer.GetProperty("contact");
        Assert.Equal(Links.ApplyUrl, contact.GetProperty("urlPostulation").GetString());
        Assert.Equal(PublishedOffreWriter.CourrielSentence + Links.ApplyUrl, contact.GetProperty("courriel").GetString());
        Assert.Equal("Un \"contact\": cordial", offer.GetProperty("description").GetString());
    }

    private static string Written(byte[] document) => Write(w => PublishedOffreWriter.Write(w, document, Links));

    private static string Rewritten(byte[] document) => Write(w => PublishedOffreWriter.Rewrite(w, document, Links));

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, PublishedOffreWriter.WriterOptions))
        {
            // Inside an array, as in a search page: the separator comes from the writer.
            writer.WriteStartArray();
            write(writer);
            write(writer);
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
