using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenEmploi.Ingestion.Deduplication;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Storage.Ingestion;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Features.Ingestion;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.Ingestion;

/// <summary>
/// One running platform per store kind for a test class, its ingestion worker on a fake clock: it
/// runs a round when a request wakes it or a test asks (<see cref="IngestionPlatform.DrainAsync"/>),
/// never by itself, so tests see each step's outcome without waiting for a timer.
/// </summary>
public sealed class IngestionPlatformFixture : IAsyncLifetime, IDisposable
{
    private readonly TestStores _stores = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<StoreKind, IngestionPlatform> _platforms = [];

    public async Task<IngestionPlatform> StartAsync(StoreKind kind)
    {
        await _gate.WaitAsync();
        try
        {
            if (!_platforms.TryGetValue(kind, out var platform))
            {
                var location = await _stores.CreateMigratedLocationAsync(kind);
                var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
                var running = await RunningPlatform.StartAsync(
                    location.Setting, 100,
                    builder => builder.Services.AddKeyedSingleton<TimeProvider>(IngestionFeature.ClockKey, clock),
                    "--OpenEmploi:Api:ApplicationCacheDuration=00:00:01");
                platform = new IngestionPlatform(running, location, clock);
                _platforms[kind] = platform;
            }
            return platform;
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => _stores.InitializeAsync();

    public async Task DisposeAsync()
    {
        foreach (var platform in _platforms.Values)
            await platform.Running.DisposeAsync();
        await _stores.DisposeAsync();
    }

    public void Dispose() => _gate.Dispose();
}

/// <summary>Intent methods for the postings and moderation APIs and the worker.</summary>
public sealed class IngestionPlatform(RunningPlatform running, StoreLocation location, FakeTimeProvider clock)
{
    public const string Offres = "/partenaire/depotoffres/v1/offres";

    public RunningPlatform Running => running;

    public StoreLocation Location => location;

    public FakeTimeProvider Clock => clock;

    public ApiPlatform Api { get; } = new(running);

    public IIngestionStore Ingestion => running.Services.GetRequiredService<IIngestionStore>();

    internal IngestionWorker Worker => running.Services.GetRequiredService<IngestionWorker>();

    internal ResidentEngine Resident => running.Services.GetRequiredService<ResidentEngine>();

    /// <summary>An application with the given scopes and a token for all of them.</summary>
    public async Task<ApiCaller> CallerAsync(params string[] scopes)
    {
        var (clientId, secret) = await Api.CreateApplicationAsync(scopes);
        return new ApiCaller(Api.Client, clientId, await Api.GetTokenAsync(clientId, secret, string.Join(' ', scopes)));
    }

    public Task<ApiCaller> PosterAsync() => CallerAsync(ApiScopes.DepotOffres);

    public Task<ApiCaller> OperatorAsync() => CallerAsync(ApiScopes.AdminModeration);

    public Task<ApiCaller> ReaderAsync() => CallerAsync(ApiScopes.OffresV2, ApiScopes.O2dsOffre);

    public static Task<HttpResponseMessage> PostAsync(ApiCaller caller, string json) =>
        caller.SendAsync(HttpMethod.Post, Offres, new StringContent(json, Encoding.UTF8, "application/json"));

    /// <summary>Posts, expects 202, returns the batch id.</summary>
    public static async Task<string> PostAcceptedAsync(ApiCaller caller, string json)
    {
        using var response = await PostAsync(caller, json);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("lot").GetString()!;
    }

    /// <summary>One round of the worker, after any running one.</summary>
    internal Task<RoundOutcome> DrainAsync() => Worker.RunOnceAsync();

    public static async Task<JsonElement> LotAsync(ApiCaller caller, string lot)
    {
        using var response = await caller.GetAsync("/partenaire/depotoffres/v1/lots/" + lot);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    /// <summary>The batch after a worker round: every record decided.</summary>
    public async Task<JsonElement[]> DecidedAsync(ApiCaller caller, string lot)
    {
        // Idle when the worker, woken by the request, already did it.
        Assert.Contains(await DrainAsync(), new[] { RoundOutcome.Ran, RoundOutcome.Idle });
        var status = await LotAsync(caller, lot);
        Assert.Equal("traite", status.GetProperty("statut").GetString());
        return [.. status.GetProperty("enregistrements").EnumerateArray()];
    }

    /// <summary>The offers API's detail of a published offer, or null on 204.</summary>
    public async Task<JsonElement?> DetailAsync(string offreId)
    {
        var reader = await ReaderAsync();
        using var response = await reader.GetAsync("/partenaire/offresdemploi/v2/offres/" + offreId);
        if (response.StatusCode == HttpStatusCode.NoContent)
            return null;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}

/// <summary>Offers in the wire format, each with its own words so that no two tests' offers are duplicates.</summary>
public static class PostedOffer
{
    public const string Fraud =
        "Sans expérience, travail depuis chez vous, payé chaque jour ! Vous recevrez des virements sur votre compte personnel et les reverserez. "
        + "Contactez-nous uniquement sur WhatsApp.";

    public const string Discriminating = "Homme uniquement, âgé de moins de 30 ans.";

    // Consonants only, one token: a hex id could hold a word the rules read ("…3CDD9…" is split
    // into "3", "CDD", "9" and flagged R08 against a CDI), which made held offers flaky.
    private const string TokenLetters = "BGJKLMNPQRTVWXZ";

    public static string Unique() =>
        "T" + string.Concat(Guid.NewGuid().ToByteArray().Take(10).Select(b => TokenLetters[b % TokenLetters.Length]));

    // Every default employer name given out in this process, to keep the next one apart from them.
    private static readonly List<string[]> IssuedEmployers = [];
    private static readonly Lock IssuedEmployersGate = new();

    /// <summary>
    /// An employer name that de-duplication can never take for an earlier one. The offers differ
    /// only by their token, so their texts match and the employer decides: two random tokens reach
    /// the name threshold about once in 1,200 pairs ("Boulangerie TQLW…" against "Boulangerie TQLZ…"),
    /// and an offer that should have been published came back as a duplicate.
    /// </summary>
    public static string DistinctEmployer(string token)
    {
        var threshold = new DedupOptions().EmployerNameThreshold;
        lock (IssuedEmployersGate)
        {
            for (var name = "Boulangerie " + token; ; name = "Boulangerie " + Unique())
            {
                var tokens = EmployerName.Normalise(name);
                if (IssuedEmployers.TrueForAll(earlier => EmployerName.Similarity(tokens, earlier) < threshold))
                {
                    IssuedEmployers.Add(tokens);
                    return name;
                }
            }
        }
    }

    public static string Json(string reference, string? title = null, string? extra = null, string? employer = null)
    {
        var token = Unique();
        var now = TimeProvider.System.GetUtcNow();
        var offer = new Dictionary<string, object?>
        {
            ["id"] = reference,
            ["intitule"] = title ?? "Boulanger / Boulangère",
            ["description"] = $"La boulangerie {token} recherche un boulanger pour la fabrication du pain et des viennoiseries. "
                + "Vous préparez les pâtes, surveillez la cuisson et participez au nettoyage du fournil. Travail en équipe, du mardi au samedi. "
                + $"Formation assurée par nos artisans. {extra}",
            ["dateCreation"] = now.AddDays(-1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["dateActualisation"] = now.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["lieuTravail"] = new Dictionary<string, object> { ["libelle"] = "69 - LYON 03", ["latitude"] = 45.76, ["longitude"] = 4.85, ["codePostal"] = "69003", ["commune"] = "69383" },
            ["romeCode"] = "D1102",
            ["entreprise"] = new Dictionary<string, object> { ["nom"] = employer ?? DistinctEmployer(token) },
            ["typeContrat"] = "CDI",
            ["typeContratLibelle"] = "Contrat à durée indéterminée",
            ["salaire"] = new Dictionary<string, object> { ["libelle"] = "Mensuel de 2100.00 Euros sur 12 mois" },
            ["dureeTravailLibelle"] = "35H Travail en journée",
            ["experienceLibelle"] = "Débutant accepté",
        };
        return JsonSerializer.Serialize(offer);
    }

    public static string Batch(params string[] records) => "[" + string.Join(",\n", records) + "]";
}
