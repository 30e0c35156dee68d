using OpenEmploi.Storage.Announcements;
using OpenEmploi.Storage.Reports;

namespace OpenEmploi.Storage.Developers;

/// <summary>The developer platform's stores over one base: one implementation, one connection pool, one door per part.</summary>
public sealed class DeveloperStore : IAsyncDisposable
{
    private readonly SqlDeveloperStore _store;

    private DeveloperStore(SqlDeveloperStore store) => _store = store;

    public IAccountStore Accounts => _store;

    public IAccessRequestStore AccessRequests => _store;

    public ICredentialStore Credentials => _store;

    public ILicenceStore Licences => _store;

    public IEnforcementStore Enforcement => _store;

    public IScheduledJobStore ScheduledJobs => _store;

    public INotificationOutbox Outbox => _store;

    public IKeyRingStore KeyRing => _store;

    public IConsultationReportStore Reports => _store;

    public IReuseServiceStore Services => _store;
    public IAnnouncementStore Announcements => _store;

    /// <summary>Opens the store of a base without touching its schema (migrate it through the offer store first).</summary>
    public static DeveloperStore Open(StoreLocation location, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return new DeveloperStore(new SqlDeveloperStore(OffreStoreFactory.CreateDialect(location), time));
    }

    public ValueTask DisposeAsync() => _store.DisposeAsync();
}
