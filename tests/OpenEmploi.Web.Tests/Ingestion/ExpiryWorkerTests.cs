using OpenEmploi.Storage;
using OpenEmploi.Storage.Ingestion;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Features.DepotOffres;
using OpenEmploi.Web.Features.Ingestion;
using static OpenEmploi.Web.Tests.Ingestion.IngestionPlatform;

namespace OpenEmploi.Web.Tests.Ingestion;

/// <summary>Its own class (so its own platform): it moves the worker's clock by a month.</summary>
public sealed class ExpiryWorkerTests(IngestionPlatformFixture fixture) : IClassFixture<IngestionPlatformFixture>
{
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task The_daily_expiry_removes_postings_not_sent_again_for_thirty_days(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var offers = (IOffreStore)platform.Running.Services.GetService(typeof(IOffreStore))!;
        var poster = await platform.PosterAsync();
        var offreId = (await platform.DecidedAsync(poster, await PostAcceptedAsync(poster, PostedOffer.Json("EXPIRE"))))[0].GetProperty("offreId").GetString()!;
        var ranAt = await offers.GetMetadataAsync(ScheduledWork.LastExpiryKey);
        Assert.NotNull(ranAt);

        platform.Clock.Advance(TimeSpan.FromDays(29));
        await platform.DrainAsync();
        Assert.NotNull(await platform.DetailAsync(offreId));
        var ranAgainAt = await offers.GetMetadataAsync(ScheduledWork.LastExpiryKey);
        Assert.NotEqual(ranAt, ranAgainAt);
        await platform.DrainAsync();
        Assert.Equal(ranAgainAt, await offers.GetMetadataAsync(ScheduledWork.LastExpiryKey));

        platform.Clock.Advance(TimeSpan.FromDays(2));
        await platform.DrainAsync();

        Assert.Null(await platform.DetailAsync(offreId));
        Assert.Equal(IngestionStatus.Removed, (await platform.Ingestion.GetRowAsync(PostingSource.CodeOf(poster.ClientId), "EXPIRE"))!.Status);
    }
}
