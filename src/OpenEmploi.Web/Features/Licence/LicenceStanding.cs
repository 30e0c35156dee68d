using OpenEmploi.Storage.Applications;
using OpenEmploi.Storage.Developers;

namespace OpenEmploi.Web.Features.Licence;

/// <summary>How an application came to be under its licence version.</summary>
public enum AcceptanceWay
{
    /// <summary>Accepted with the access request (the version shown on the form).</summary>
    WithRequest,

    Explicit,

    Tacit,
}

/// <summary>
/// Where an application stands under the licence at a given time: the version in force for it
/// (and how and when it was accepted), a later version accepted but not yet in force, the versions
/// still awaiting its decision, and a refusal (which ended its licence).
/// </summary>
public sealed record LicenceStanding(
    int VersionInForce,
    AcceptanceWay Way,
    DateTimeOffset AcceptedAt,
    DateTimeOffset InForceSince,
    LicenceDecision? Upcoming,
    IReadOnlyList<LicenceVersion> Pending,
    LicenceDecision? Refusal)
{
    /// <summary>The standing at <paramref name="now"/>, from every published version (any order) and the decisions (others' are ignored).</summary>
    public static LicenceStanding Of(
        AccessRequest request, ApiApplication application, IEnumerable<LicenceVersion> versions, IEnumerable<LicenceDecision> decisions, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(application);
        var mine = decisions.Where(decision => decision.ClientId == application.ClientId).OrderBy(decision => decision.Version).ToList();
        var (version, way, acceptedAt, since) = (request.LicenceVersion, AcceptanceWay.WithRequest, request.SubmittedAt, request.DecidedAt ?? application.CreatedAt);
        var accepted = mine.Where(decision => decision.Decision != LicenceDecisionKind.Refused && decision.Version > request.LicenceVersion).ToList();
        foreach (var decision in accepted)
        {
            if (decision.InForceAt is { } inForce && inForce <= now)
                (version, way, acceptedAt, since) = (decision.Version, WayOf(decision), decision.DecidedAt, inForce);
        }
        // A later version accepted but not yet applicable (an older one accepted meanwhile is moot).
        var upcoming = accepted.LastOrDefault(decision => decision.Version > version && !(decision.InForceAt <= now));
        var live = !application.IsRevoked && !application.IsTerminated;
        var pending = live
            ? versions
                .Where(candidate => candidate.Version > request.LicenceVersion && candidate.TacitAt is not null && mine.All(decision => decision.Version != candidate.Version))
                .OrderBy(candidate => candidate.Version)
                .ToList()
            : [];
        return new LicenceStanding(
            version, way, acceptedAt, since, upcoming, pending, mine.FirstOrDefault(decision => decision.Decision == LicenceDecisionKind.Refused));
    }

    public static AcceptanceWay WayOf(LicenceDecision decision) =>
        decision.Decision == LicenceDecisionKind.Tacit ? AcceptanceWay.Tacit : AcceptanceWay.Explicit;

    /// <summary>« acceptée avec la demande d'accès », « acceptée expressément », « acceptée tacitement ».</summary>
    public static string Describe(AcceptanceWay way) => way switch
    {
        AcceptanceWay.WithRequest => "acceptée avec la demande d'accès",
        AcceptanceWay.Explicit => "acceptée expressément",
        _ => "acceptée tacitement",
    };
}
