using System.Diagnostics;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Search.Index;
using OpenEmploi.Storage;
using OpenEmploi.Web.Features.OffresApi.Parameters;

namespace OpenEmploi.Web.Features.Search;

internal static class SearchFeature
{
    public static IServiceCollection AddSearch(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(SearchNodeOptions.Section).Get<SearchNodeOptions>() ?? new SearchNodeOptions();
        if (options.ResultDocumentCacheMiB < 0)
            throw new InvalidOperationException($"{SearchNodeOptions.Section}:ResultDocumentCacheMiB : un nombre de Mio positif ou nul (0 : pas de cache), pas {options.ResultDocumentCacheMiB}.");
        services.AddSingleton(new ResultDocumentCache(options.ResultDocumentCacheMiB * 1024L * 1024L));
        services.AddSingleton<SearchIndexHolder>();
        services.AddHostedService<SearchIndexFollower>();
        return services;
    }

    /// <summary>
    /// Builds this node's index from the store before serving, so that the first search already
    /// sees every offer; the follower then keeps it current from the change log.
    /// </summary>
    public static async Task BuildSearchIndexAsync(this WebApplication app)
    {
        var watch = Stopwatch.StartNew();
        var documents = app.Services.GetRequiredService<ResultDocumentCache>();
        var engine = await SearchEngine.BuildAsync(
            app.Services.GetRequiredService<IOffreStore>(),
            app.Services.GetRequiredService<ReferenceData>(),
            new SearchEngineOptions { Time = app.Services.GetRequiredService<TimeProvider>(), ChangesApplied = documents.Enabled ? documents.Evict : null },
            app.Lifetime.ApplicationStopping);
        app.Logger.LogInformation("Index de recherche construit en {Seconds:F1} s : {Count} offres.", watch.Elapsed.TotalSeconds, engine.Current.Count);
        // Warm before taking traffic (see SearchWarmUp and ResponseWarmUp): at most a few seconds
        // each, even on a loaded machine.
        watch.Restart();
        var reference = app.Services.GetRequiredService<ReferenceData>();
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var searches = SearchWarmUp.Run(engine, reference, now, TimeSpan.FromSeconds(10));
        var answers = await ResponseWarmUp.RunAsync(
            engine, app.Services.GetRequiredService<SearchParametersParser>(), app.Services.GetRequiredService<IOffreStore>(), documents,
            reference, now, TimeSpan.FromSeconds(10), app.Lifetime.ApplicationStopping);
        app.Logger.LogInformation("Index de recherche préparé par {Searches} recherches et {Answers} réponses de l'API en {Seconds:F1} s.", searches, answers, watch.Elapsed.TotalSeconds);
        // The index is the whole heap (about 2 GiB at a million offers) and was just allocated: one
        // full compacting collection now, while no request waits, settles it in the oldest
        // generation instead of letting the first collections under traffic do it.
        watch.Restart();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        app.Services.GetRequiredService<SearchIndexHolder>().Engine = engine;
        app.Logger.LogInformation("Tas compacté en {Milliseconds:F0} ms ; le nœud accepte les requêtes.", watch.Elapsed.TotalMilliseconds);
    }
}

/// <summary>Configuration of a node's search (section <c>OpenEmploi:Search</c>).</summary>
internal sealed class SearchNodeOptions
{
    public const string Section = "OpenEmploi:Search";

    /// <summary>Memory for the documents of recently listed offers (<see cref="ResultDocumentCache"/>); 0 turns it off.</summary>
    public int ResultDocumentCacheMiB { get; set; } = 128;
}

/// <summary>The node's search engine, set once at start-up (the container is built before it exists).</summary>
public sealed class SearchIndexHolder
{
    private SearchEngine? _engine;

    public SearchEngine Engine
    {
        get => Volatile.Read(ref _engine) ?? throw new InvalidOperationException("L'index de recherche n'est pas encore construit.");
        internal set => Volatile.Write(ref _engine, value);
    }

    public bool IsReady => Volatile.Read(ref _engine) is not null;
}
