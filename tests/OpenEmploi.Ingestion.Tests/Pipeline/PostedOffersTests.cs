using System.Text;
using OpenEmploi.Ingestion.Pipeline;

namespace OpenEmploi.Ingestion.Tests.Pipeline;

public sealed class PostedOffersTests
{
    private const string Good = "{\"id\":\"R-1\",\"intitule\":\"Boulanger / Boulangère\"}";

    private static PostedBody Read(string body, int max = 10) => PostedOffers.Read(Encoding.UTF8.GetBytes(body), max);

    [Fact]
    public void One_object_is_one_record_and_its_json_is_kept_as_received()
    {
        var body = Read("\uFEFF  " + Good + "\n");

        Assert.Null(body.Error);
        Assert.False(body.IsBatch);
        var record = Assert.Single(body.Records);
        Assert.Equal((0, "R-1", Good), (record.Index, record.Reference, record.Json));
    }

    [Fact]
    public void A_batch_reports_each_bad_record_with_its_index_field_and_line()
    {
        var body = Read("[\n" + Good + ",\n{\"id\":\"R-2\",\"intitule\":\"Vendeur\",\"dateCreation\":\"hier\"},\n{\"intitule\":\"Sans id\"},\n[1],\n{\"id\":\"A/B\",\"intitule\":\"x\"}\n]");

        Assert.True(body.IsBatch);
        Assert.Equal([true, false, false, false, false], body.Records.Select(r => r.IsValid));
        var date = Assert.Single(body.Records[1].Problems);
        Assert.Equal(("R-2", "dateCreation"), (body.Records[1].Reference, date.Field));
        Assert.StartsWith("ligne 3, champ « dateCreation » : « hier »", date.Message, StringComparison.Ordinal);
        Assert.Equal("id", Assert.Single(body.Records[2].Problems).Field);
        Assert.Null(Assert.Single(body.Records[3].Problems).Field);
        Assert.Contains("n'est pas une référence utilisable", Assert.Single(body.Records[4].Problems).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Corps vide")]
    [InlineData("\"texte\"", "objet JSON")]
    [InlineData("[]", "Lot vide")]
    [InlineData("[{\"id\":\"R\"", "JSON invalide")]
    [InlineData("{\"id\":\"R\",\"intitule\":\"T\"} {\"id\":\"S\"}", "JSON invalide, ligne 1")]
    public void A_body_that_cannot_be_read_is_refused_whole(string text, string expected)
    {
        var body = Read(text);

        Assert.Empty(body.Records);
        Assert.Contains(expected, body.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_batch_over_the_limit_is_refused_whole()
    {
        var body = Read("[" + string.Join(",", Enumerable.Repeat(Good, 3)) + "]", max: 2);

        Assert.Contains("2 offres au plus", body.Error, StringComparison.Ordinal);
    }
}
