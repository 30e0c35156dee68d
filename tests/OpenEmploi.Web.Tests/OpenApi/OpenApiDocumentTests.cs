using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.OpenApi;

public sealed class OpenApiDocumentTests(TestStores stores) : IClassFixture<TestStores>
{
    private const string UpdateVariable = "OPENEMPLOI_UPDATE_OPENAPI";

    /// <summary>
    /// The committed docs/openapi/v1.json is what reusers read: the served document must be it.
    /// After an intended API change, rerun with OPENEMPLOI_UPDATE_OPENAPI=1 and commit the file.
    /// </summary>
    [Fact]
    public async Task The_served_document_is_the_committed_one()
    {
        var location = await stores.CreateLocationAsync(StoreKind.Sqlite);
        await using var platform = await RunningPlatform.StartAsync(location.Setting, demoOffers: 10);
        var served = (await platform.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative))).ReplaceLineEndings("\n");
        var committedPath = Path.Combine(RepositoryRoot(), "docs", "openapi", "v1.json");

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
            await File.WriteAllTextAsync(committedPath, served);

        Assert.True(File.Exists(committedPath), $"{committedPath} manque : relancez avec {UpdateVariable}=1.");
        Assert.Equal((await File.ReadAllTextAsync(committedPath)).ReplaceLineEndings("\n"), served);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpenEmploi.slnx")))
                return dir.FullName;
        }
        throw new InvalidOperationException("OpenEmploi.slnx introuvable au-dessus de " + AppContext.BaseDirectory);
    }
}
