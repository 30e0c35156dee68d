using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using OpenEmploi.Web.Hosting;

namespace OpenEmploi.Cli.Tests.Mirror;

/// <summary>The platform served on a loopback port, as a reuser's mirror reaches it.</summary>
internal sealed record LoopbackPlatform(WebApplication App, string Url) : IAsyncDisposable
{
    public IServiceProvider Services => App.Services;

    public static async Task<LoopbackPlatform> StartAsync(string store, int demoOffers)
    {
        var app = await OpenEmploiHost.BuildAsync(
        [
            "--urls=http://127.0.0.1:0", $"--OpenEmploi:Store={store}", $"--OpenEmploi:DemoData:Offers={demoOffers}",
            "--OpenEmploi:OpenData:Enabled=false", "--Logging:LogLevel:Default=Warning",
        ]);
        await app.StartAsync();
        var url = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new LoopbackPlatform(app, url);
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
