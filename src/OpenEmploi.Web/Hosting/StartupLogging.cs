using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace OpenEmploi.Web.Hosting;

internal static class StartupLogging
{
    // The operator running `dotnet run` wants one line saying where to point the browser.
    public static void LogUrlsOnceStarted(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
            if (addresses is null || addresses.Count == 0)
                return;
            app.Logger.LogInformation("OpenEmploi est prêt : {Urls}", string.Join(", ", addresses));
        });
}
