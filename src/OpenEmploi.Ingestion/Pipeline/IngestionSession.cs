using OpenEmploi.Core.Referentiels;
using OpenEmploi.Ingestion.Normalisation;
using OpenEmploi.Ingestion.Verification;
using OpenEmploi.Ingestion.Verification.Fraud;
using OpenEmploi.Storage.Ingestion;

namespace OpenEmploi.Ingestion.Pipeline;

/// <summary>
/// The base's import lock plus an engine loaded under it: what the CLI (and later the web host's
/// scheduler) opens for each import, expiry or moderation decision.
/// </summary>
public sealed class IngestionSession : IAsyncDisposable
{
    private readonly IAsyncDisposable _lock;

    private IngestionSession(IAsyncDisposable heldLock, IngestionEngine engine)
    {
        _lock = heldLock;
        Engine = engine;
    }

    public IngestionEngine Engine { get; }

    public static async Task<IngestionSession> OpenAsync(
        IIngestionStore store, ReferenceData data, TimeProvider time, IngestionOptions? options = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var heldLock = await store.TryLockImportsAsync(ct)
            ?? throw new IngestionException("Un autre import (ou une modération, une expiration) est en cours sur cette base : réessayer quand il sera terminé.");
        try
        {
            return new IngestionSession(heldLock, await LoadEngineAsync(store, data, time, options, ct));
        }
        catch
        {
            await heldLock.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// The engine <see cref="OpenAsync"/> loads, for a caller that takes the import lock itself:
    /// the web host's ingestion worker keeps one engine between operations, each under the lock.
    /// </summary>
    public static async Task<IngestionEngine> LoadEngineAsync(
        IIngestionStore store, ReferenceData data, TimeProvider time, IngestionOptions? options = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        options ??= new IngestionOptions();
        var normaliser = new OffreNormaliser(data, time);
        // The text index lets the fraud check see one text posted under several employer
        // names within the session (the same engine serves a whole import). The pay
        // distribution is the base's, read while the engine loads (nothing is verified before).
        ISalaryDistribution? loaded = null;
        var verifier = new OffreVerifier(data.Rome, new VerifierOptions
        {
            TimeProvider = time,
            FraudHoldThreshold = options.FraudHoldThreshold,
            TextIndex = new InMemoryTextEmployerIndex(),
            Salaries = SalaryDistribution.From((rome, region) => loaded?.Get(rome, region)),
        });
        var engine = await IngestionEngine.LoadAsync(store, normaliser, verifier, time, options, ct);
        loaded = engine.Salaries;
        return engine;
    }

    public ValueTask DisposeAsync() => _lock.DisposeAsync();
}
