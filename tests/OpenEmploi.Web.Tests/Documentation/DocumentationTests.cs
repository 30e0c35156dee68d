using System.Net;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Features.Documentation;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.Documentation;

/// <summary>The documentation pages and the changelog file they read.</summary>
public sealed class DocumentationTests(TestStores stores) : IClassFixture<TestStores>
{
    [Fact]
    public void The_shipped_changelog_reads_newest_first_with_points_in_every_release()
    {
        var changelog = ChangelogReader.ReadFile(Path.Combine(AppContext.BaseDirectory, Changelog.FileName));

        Assert.Equal("Journal des modifications", changelog.Title);
        Assert.True(changelog.Releases.Count >= 5);
        Assert.All(changelog.Releases, release => Assert.NotEmpty(release.Items));
        Assert.Equal(changelog.Releases.OrderByDescending(r => r.Day).Select(r => r.Day), changelog.Releases.Select(r => r.Day));
    }

    [Fact]
    public void A_malformed_changelog_names_its_line()
    {
        const string text = "# Journal\n\n## 2026-11-29 — Version\n- un point\n  qui continue\nune ligne sans tiret\n";

        var error = Assert.Throws<ChangelogFormatException>(() => ChangelogReader.Read(new StringReader(text), "CHANGELOG.md"));

        Assert.Equal(6, error.Line);
        Assert.Contains("CHANGELOG.md, ligne 6", error.Message, StringComparison.Ordinal);
        Assert.Contains("« une ligne sans tiret »", error.Message, StringComparison.Ordinal);
        var badDate = Assert.Throws<ChangelogFormatException>(() => ChangelogReader.Read(new StringReader("# J\n## 29/11/2026 — V\n- p\n"), "c"));
        Assert.Equal(2, badDate.Line);
        var continued = ChangelogReader.Read(new StringReader("# J\n## 2026-11-29 — V\n- un `code`\n  suite\n"), "c");
        Assert.Equal("un `code` suite", Assert.Single(Assert.Single(continued.Releases).Items));
        Assert.Equal("un <code>code</code> &lt;b&gt;", InlineCode.Render("un `code` <b>").ToString());
    }

    [Fact]
    public async Task The_documentation_pages_link_the_apis_the_licence_and_render_the_changelog()
    {
        var location = await stores.CreateLocationAsync(StoreKind.Sqlite);
        await using var platform = await RunningPlatform.StartAsync(location.Setting, demoOffers: 20);
        var client = platform.Client;

        var index = await client.GetStringAsync(new Uri("/documentation", UriKind.Relative));
        foreach (var link in new[] { "/documentation/api", "/licence", "/documentation/methodologie", "/documentation/changements" })
            Assert.Contains($"href=\"{link}\"", index, StringComparison.Ordinal);

        var api = await client.GetStringAsync(new Uri("/documentation/api", UriKind.Relative));
        Assert.Contains("href=\"/docs\"", api, StringComparison.Ordinal);
        Assert.Contains("href=\"/developpeurs\"", api, StringComparison.Ordinal);
        Assert.Contains("/partenaire/offresdemploi/v2", api, StringComparison.Ordinal);

        var method = await client.GetStringAsync(new Uri("/documentation/methodologie", UriKind.Relative));
        foreach (var section in new[] { "id=\"collecte\"", "id=\"controle\"", "id=\"dedoublonnage\"", "id=\"anonymisation\"", "id=\"licences\"" })
            Assert.Contains(section, method, StringComparison.Ordinal);

        var changes = await client.GetStringAsync(new Uri("/documentation/changements", UriKind.Relative));
        var changelog = ChangelogReader.ReadFile(Path.Combine(AppContext.BaseDirectory, Changelog.FileName));
        // Razor encodes the title's apostrophes (« Recherche d'offres »): compare with the text a reader sees.
        Assert.Contains(changelog.Releases[0].Title, WebUtility.HtmlDecode(changes), StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2026-11-28\">28 novembre 2026</time>", changes, StringComparison.Ordinal);
        Assert.Contains("<code>openemploi export</code>", changes, StringComparison.Ordinal);
    }
}
