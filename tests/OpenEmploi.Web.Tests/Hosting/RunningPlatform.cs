using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Web.Hosting;

namespace OpenEmploi.Web.Tests.Hosting;

/// <summary>
/// The real platform, started as `dotnet run` starts it (Kestrel on a free loopback port, the
/// given store, demo data on), driven through HttpClient.
/// </summary>
public sealed class RunningPlatform : IAsyncDisposable
{
    // The reference data is read-only and the same for every platform of the run: loading it once
    // saves about 0.7 s of CPU per start, and the demo seeder's generator tables (about 1.5 s,
    // GeneratorContext.For) are then built once for the whole run too.
    private static readonly Lazy<ReferenceData> SharedReferenceData = new(ReferenceData.LoadDefault);

    private readonly WebApplication _app;

    private RunningPlatform(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static Task<RunningPlatform> StartAsync(string store, int demoOffers, params string[] extraSettings) =>
        StartAsync(store, demoOffers, null, extraSettings);

    /// <summary>The platform with services replaced by <paramref name="configure"/> (a fake clock for the ingestion worker).</summary>
    public static async Task<RunningPlatform> StartAsync(string store, int demoOffers, Action<WebApplicationBuilder>? configure, params string[] extraSettings)
    {
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            $"--OpenEmploi:Store={store}",
            $"--OpenEmploi:DemoData:Offers={demoOffers}",
            "--Logging:LogLevel:Default=Warning",
            // No open-data export in every test host; the open-data tests turn it on.
            "--OpenEmploi:OpenData:Enabled=false",
            .. extraSettings,
        ];
        var app = await OpenEmploiHost.BuildAsync(args, builder =>
        {
            builder.Services.AddSingleton(SharedReferenceData.Value);
            configure?.Invoke(builder);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new RunningPlatform(app, new HttpClient { BaseAddress = new Uri(address) });
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
