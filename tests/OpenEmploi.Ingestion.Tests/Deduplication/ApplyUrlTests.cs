using OpenEmploi.Ingestion.Deduplication;

namespace OpenEmploi.Ingestion.Tests.Deduplication;

public sealed class ApplyUrlTests
{
    [Theory]
    [InlineData("https://www.carrieres.example/offres/123?utm_source=jobsregion&utm_medium=cpc", "carrieres.example/offres/123")]
    [InlineData("http://carrieres.example/offres/123/", "carrieres.example/offres/123")]
    [InlineData("https://CARRIERES.example/offres/123#postuler", "carrieres.example/offres/123")]
    [InlineData("https://carrieres.example/offres/123?gclid=abc&fbclid=def&xtor=AD-1&ref=board&msclkid=z", "carrieres.example/offres/123")]
    [InlineData("https://carrieres.example/apply?job=123&utm_campaign=x&lang=fr", "carrieres.example/apply?job=123&lang=fr")]
    [InlineData("https://carrieres.example/apply?lang=fr&job=123", "carrieres.example/apply?job=123&lang=fr")]
    [InlineData("https://carrieres.example:8443/Offres/ABC", "carrieres.example:8443/Offres/ABC")]
    public void Tracking_and_presentation_differences_are_dropped(string url, string expected) =>
        Assert.Equal(expected, ApplyUrl.Canonicalise(url));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("recrutement@exemple.fr")]
    [InlineData("/offres/123")]
    [InlineData("ftp://carrieres.example/offres/1")]
    public void Not_an_http_url_has_no_canonical_form(string? url) => Assert.Null(ApplyUrl.Canonicalise(url));

    [Fact]
    public void A_home_page_is_not_specific_to_a_job()
    {
        Assert.False(ApplyUrl.IsSpecific(ApplyUrl.Canonicalise("https://www.employeur.example/")!));
        Assert.False(ApplyUrl.IsSpecific(ApplyUrl.Canonicalise("https://www.employeur.example/?utm_source=x")!));
        Assert.True(ApplyUrl.IsSpecific(ApplyUrl.Canonicalise("https://www.employeur.example/emplois/42")!));
    }
}
