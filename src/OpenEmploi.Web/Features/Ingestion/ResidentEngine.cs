using OpenEmploi.Core.Referentiels;
using OpenEmploi.Ingestion.Pipeline;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Ingestion;

namespace OpenEmploi.Web.Features.Ingestion;

/// <summary>
/// The worker's ingestion engine, kept between rounds (loading it rebuilds the de-duplication index
/// from the whole base: about a minute at one million offers). Used only under the import lock.
/// At the first use in a round it checks the base's fingerprint against the one recorded after its
/// own last writes, and reloads when someone else (a CLI import, another node) changed the base.
/// </summary>
internal sealed class ResidentEngine(
    IOffreStore offers, IIngestionStore store, ReferenceData data, IngestionOptions options, [FromKeyedServices(IngestionFeature.ClockKey)] TimeProvider clock, ILogger<ResidentEngine> logger)
{
    private IngestionEngine? _engine;
    private BaseFingerprint _recorded;
    private bool _checkedThisRound;

    /// <summary>How many times the engine was loaded (a test reads it).</summary>
    public int Loads { get; private set; }

    public void BeginRound() => _checkedThisRound = false;

    /// <summary>The engine, current with the base (call under the import lock).</summary>
    public async Task<IngestionEngine> GetAsync(CancellationToken ct)
    {
        if (_engine is not null && _checkedThisRound)
            return _engine;
        var current = await BaseFingerprint.ReadAsync(offers, store, ct);
        if (_engine is null || current != _recorded)
        {
            var started = clock.GetTimestamp();
            _engine = null;
            _engine = await IngestionSession.LoadEngineAsync(store, data, clock, options, ct);
            Loads++;
            logger.LogInformation("Moteur d'ingestion chargé : {Members} membres de dédoublonnage en {Seconds:F1} s.",
                _engine.LoadedMembers, clock.GetElapsedTime(started).TotalSeconds);
        }
        _recorded = current;
        _checkedThisRound = true;
        return _engine;
    }

    /// <summary>After the round's writes, still under the lock: what the base looks like now is this engine's doing.</summary>
    public async Task EndRoundAsync(CancellationToken ct)
    {
        if (_engine is not null && _checkedThisRound)
            _recorded = await BaseFingerprint.ReadAsync(offers, store, ct);
        _checkedThisRound = false;
    }

    /// <summary>An operation failed half-way: the engine's index may be ahead of the base, so it is reloaded next time.</summary>
    public void Discard()
    {
        _engine = null;
        _checkedThisRound = false;
    }
}
