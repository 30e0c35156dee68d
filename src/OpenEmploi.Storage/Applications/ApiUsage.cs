namespace OpenEmploi.Storage.Applications;

/// <summary>One API call of an application: when it started, what it asked, how it ended and how long it took.</summary>
public sealed record AccessLogEntry(string ClientId, DateTimeOffset At, string Method, string Endpoint, int Status, double DurationMs);

/// <summary>
/// How many times, on one UTC day, a visitor was sent on to an offer's application page through
/// an application (<see cref="ClientId"/> is "" when no application was involved: the portal).
/// </summary>
public sealed record ApplyRedirectCount(string ClientId, string OffreId, DateOnly Day, long Count);
