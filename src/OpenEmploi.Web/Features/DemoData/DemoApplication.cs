using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using System.Text.Json;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Applications;

namespace OpenEmploi.Web.Features.DemoData;

/// <summary>
/// In development only: an application with every scope, created on first run, whose
/// credentials are printed at each start with a copy-paste curl example. Its secret is kept in
/// the development base's metadata for that purpose; outside development nothing is created.
/// </summary>
internal static partial class DemoApplication
{
    private const string MetadataKey = "demo.application";

    public static async Task EnsureDemoApplicationAsync(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
            return;
        var ct = app.Lifetime.ApplicationStopping;
        var offres = app.Services.GetRequiredService<IOffreStore>();
        var applications = app.Services.GetRequiredService<IApplicationStore>();
        var time = app.Services.GetRequiredService<TimeProvider>();

        var credentials = await offres.GetMetadataAsync(MetadataKey, ct) is { } saved
            ? JsonSerializer.Deserialize(saved, DemoCredentialsJson.Default.DemoCredentials)
            : null;
        if (credentials is null || await applications.GetAsync(credentials.ClientId, ct) is null)
        {
            credentials = new DemoCredentials(ClientCredentials.NewClientId("demo"), ClientCredentials.NewSecret());
            var now = time.GetUtcNow();
            await applications.CreateAsync(new ApiApplication(
                credentials.ClientId, "Application de démonstration", ClientCredentials.HashSecret(credentials.Secret),
                [.. ApiScopes.Known], ApplicationStatus.Active, ApiApplication.DefaultQuotaPerSecond, ApiApplication.DefaultQuotaBurst, now, now), ct);
            await offres.SetMetadataAsync(MetadataKey, JsonSerializer.Serialize(credentials, DemoCredentialsJson.Default.DemoCredentials), ct);
        }
        app.Lifetime.ApplicationStarted.Register(() => PrintCredentials(app, credentials));
    }

    private static void PrintCredentials(WebApplication app, DemoCredentials credentials)
    {
        var root = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost:5000";
        LogCredentials(app.Logger, credentials.ClientId, credentials.Secret, root);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = """
        Application de démonstration (développement uniquement) :
          client_id     = {ClientId}
          client_secret = {Secret}
        Essayez :
          TOKEN=$(curl -s -X POST "{Root}/connexion/oauth2/access_token?realm=/partenaire" -d grant_type=client_credentials -d client_id={ClientId} -d client_secret={Secret} -d "scope=api_offresdemploiv2 o2dsoffre" | grep -o '"access_token":"[^"]*' | cut -d'"' -f4)
          curl -s -H "Authorization: Bearer $TOKEN" "{Root}/partenaire/offresdemploi/v2/offres/search?motsCles=boulanger&range=0-4"
        """)]
    private static partial void LogCredentials(ILogger logger, string clientId, string secret, string root);
}

internal sealed record DemoCredentials(string ClientId, string Secret);

[System.Text.Json.Serialization.JsonSerializable(typeof(DemoCredentials))]
internal sealed partial class DemoCredentialsJson : System.Text.Json.Serialization.JsonSerializerContext;
