using Microsoft.AspNetCore.Http;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Features.SecurityHeaders;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.ConsultationReports;

public sealed class SecurityHeadersTests(TestStores stores) : IClassFixture<TestStores>
{
    [Fact]
    public async Task Every_response_carries_the_security_headers_and_the_docs_get_their_own_policy()
    {
        var location = await stores.CreateMigratedLocationAsync(StoreKind.Sqlite);
        await using var platform = await RunningPlatform.StartAsync(location.Setting, 20);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = platform.Client.BaseAddress };

        // A page, a form, a stylesheet, an API error, a missing page, the OpenAPI document.
        foreach (var path in new[] { "/", "/compte/connexion", "/css/site.css", "/partenaire/offresdemploi/v2/offres/search", "/nulle-part", "/openapi/v1.json" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(SecurityHeadersFeature.DefaultPolicy, Header(response, "Content-Security-Policy"));
            AssertCommonHeaders(response, path);
        }
        using (var docs = await client.GetAsync(new Uri("/docs/index.html", UriKind.Relative)))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, docs.StatusCode);
            Assert.Equal(SecurityHeadersFeature.DocsPolicy, Header(docs, "Content-Security-Policy"));
            AssertCommonHeaders(docs, "/docs/index.html");
            // The policy holds for Swagger UI: its page runs no inline script.
            Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)[^>]*>", await docs.Content.ReadAsStringAsync());
        }
        // No page of the portal needs a script or an inline style (the default policy forbids both).
        foreach (var path in new[] { "/", "/compte/connexion", "/compte/inscription", "/licence", "/donnees", "/developpeurs" })
        {
            var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("https", false, true)]
    [InlineData("http", false, false)]
    [InlineData("https", true, false)]
    public void Hsts_is_sent_over_https_outside_development_only(string scheme, bool development, bool expected)
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = scheme;
        context.Request.Path = "/";

        SecurityHeadersFeature.Apply(context, development);

        Assert.Equal(expected, context.Response.Headers.ContainsKey("Strict-Transport-Security"));
        if (expected)
            Assert.Equal("max-age=31536000; includeSubDomains", context.Response.Headers.StrictTransportSecurity.ToString());
        Assert.Equal("nosniff", context.Response.Headers.XContentTypeOptions.ToString());
    }

    [Fact]
    public void A_header_an_endpoint_set_itself_is_kept()
    {
        var context = new DefaultHttpContext();
        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'";

        SecurityHeadersFeature.Apply(context, development: false);

        Assert.Equal("default-src 'none'", context.Response.Headers.ContentSecurityPolicy.ToString());
    }

    private static void AssertCommonHeaders(HttpResponseMessage response, string path)
    {
        Assert.True(response.Headers.Contains("X-Content-Type-Options"), path);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal(SecurityHeadersFeature.PermissionsPolicy, Header(response, "Permissions-Policy"));
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        // Plain HTTP on a test host: no HSTS (a browser ignores it there, and localhost would remember it).
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), path);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : response.Content.Headers.TryGetValues(name, out var contentValues) ? string.Join(", ", contentValues)
        : throw new Xunit.Sdk.XunitException($"En-tête {name} absent de {response.RequestMessage?.RequestUri}");
}
