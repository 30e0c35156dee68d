using System.Text.Json;
using OpenEmploi.Storage.Announcements;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Storage.Reports;
using OpenEmploi.Web.Features.ConsultationReports;
using OpenEmploi.Web.Features.DeveloperPlatform;

namespace OpenEmploi.Web.Features.Licence;

/// <summary>
/// The per-application audit export (licence art. 13): one JSON document with the application, its
/// access request(s), every licence acceptance or refusal (the one given with the request first),
/// the notices, the licence journal (suspensions, reinstatements, warnings, termination), its last
/// sync and its API calls over the last 12 months (at most <see cref="MaxCalls"/>, newest kept out
/// and said so). Written with Utf8JsonWriter: field by field, in the order the documentation lists.
/// </summary>
internal sealed class AuditExport(
    LicenceOverview overview,
    IAccessRequestStore requests,
    IEnforcementStore enforcement,
    IApplicationStore applications,
    IAnnouncementStore announcements,
    ReportObligations reportObligations,
    IConsultationReportStore reports,
    [FromKeyedServices(DeveloperPlatformFeature.ClockKey)] TimeProvider clock)
{
    public const string Format = "openemploi-audit/1";

    public const int MaxCalls = 100_000;

    /// <summary>Writes the document; false (nothing written) when the application did not come from an access request.</summary>
    public async Task<bool> WriteAsync(string clientId, Stream output, CancellationToken ct)
    {
        var licence = await overview.OfApplicationAsync(clientId, ct);
        if (licence is null)
            return false;
        var now = clock.GetUtcNow();
        var application = licence.Application;
        var ownRequests = (await requests.ListByAccountAsync(licence.Request.AccountId, ct))
            .Where(request => request.ClientId == clientId || request.Id == licence.Request.Id)
            .OrderBy(request => request.SubmittedAt)
            .ToList();
        var decisions = await overview.DecisionsAsync(clientId, ct);
        var events = await enforcement.ListEventsAsync(clientId, ct);
        var sync = (await applications.ListSyncStatusesAsync(ct)).FirstOrDefault(status => status.ClientId == clientId);
        var months = await reportObligations.ForApplicationAsync(application, now, ct);
        var refused = await reports.ListRejectionsAsync(clientId, ct);
        var received = await announcements.ListReceivedAnnouncementsAsync(clientId, ct);
        var calls = await applications.ReadAccessLogAsync(clientId, now.AddMonths(-12), now.AddSeconds(1), MaxCalls + 1, ct);

        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("format", Format);
        json.WriteString("generatedAt", now);
        json.WriteStartObject("application");
        json.WriteString("clientId", application.ClientId);
        json.WriteString("name", application.Name);
        json.WriteString("owner", licence.OwnerEmail);
        json.WriteString("scopes", string.Join(' ', application.Scopes));
        json.WriteString("status", StatusOf(application));
        json.WriteString("createdAt", application.CreatedAt);
        WriteTime(json, "suspendedAt", application.SuspendedAt);
        json.WriteString("suspensionReason", application.SuspensionReason);
        WriteTime(json, "revokedAt", application.RevokedAt);
        WriteTime(json, "terminatedAt", application.TerminatedAt);
        json.WriteString("terminationCause", application.TerminationCause);
        WriteTime(json, "idleWarnedAt", application.IdleWarnedAt);
        json.WriteEndObject();

        json.WriteStartArray("accessRequests");
        foreach (var request in ownRequests)
        {
            json.WriteStartObject();
            json.WriteString("id", request.Id);
            json.WriteString("submittedAt", request.SubmittedAt);
            json.WriteString("apis", string.Join(' ', request.Scopes));
            json.WriteString("intendedUse", request.IntendedUse);
            json.WriteNumber("licenceVersion", request.LicenceVersion);
            json.WriteString("status", request.Status.ToString().ToLowerInvariant());
            WriteTime(json, "decidedAt", request.DecidedAt);
            json.WriteString("refusalReason", request.RefusalReason);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartObject("licence");
        json.WriteNumber("versionInForce", licence.Standing.VersionInForce);
        json.WriteStartArray("decisions");
        json.WriteStartObject();
        json.WriteNumber("version", licence.Request.LicenceVersion);
        json.WriteString("decision", "with_request");
        json.WriteString("decidedAt", licence.Request.SubmittedAt);
        WriteTime(json, "inForceAt", licence.Request.DecidedAt);
        json.WriteEndObject();
        foreach (var decision in decisions)
        {
            json.WriteStartObject();
            json.WriteNumber("version", decision.Version);
            json.WriteString("decision", decision.Decision.ToString().ToLowerInvariant());
            json.WriteString("decidedAt", decision.DecidedAt);
            WriteTime(json, "inForceAt", decision.InForceAt);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("pendingVersions");
        foreach (var version in licence.Standing.Pending)
            json.WriteNumberValue(version.Version);
        json.WriteEndArray();
        json.WriteEndObject();

        json.WriteStartArray("notices");
        foreach (var notice in licence.Notices)
        {
            json.WriteStartObject();
            json.WriteString("id", notice.Id);
            json.WriteString("reason", notice.Reason);
            json.WriteString("sentAt", notice.SentAt);
            json.WriteString("deadlineAt", notice.DeadlineAt);
            WriteTime(json, "liftedAt", notice.LiftedAt);
            WriteTime(json, "expiredAt", notice.ExpiredAt);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("journal");
        foreach (var entry in events)
        {
            json.WriteStartObject();
            json.WriteString("at", entry.At);
            json.WriteString("kind", entry.Kind);
            json.WriteString("detail", entry.Detail);
            json.WriteString("actor", entry.Actor);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartObject("sync");
        if (sync is null)
        {
            json.WriteNull("lastSyncAt");
        }
        else
        {
            json.WriteString("lastSyncAt", sync.SyncedAt);
            json.WriteString("kind", sync.Kind.ToString().ToLowerInvariant());
            json.WriteNumber("position", sync.Position);
            json.WriteNumber("head", sync.Head);
            WriteTime(json, "caughtUpAt", sync.CaughtUpAt);
        }
        json.WriteEndObject();

        // Article 5.4: every month owed or reported, oldest first, then every refused upload with its errors.
        json.WriteStartObject("consultationReports");
        json.WriteStartArray("months");
        foreach (var month in months.Reverse())
        {
            json.WriteStartObject();
            json.WriteString("month", month.Month.ToString());
            json.WriteString("status", ReportStatusText.Code(month.Status));
            json.WriteString("deadline", month.Deadline);
            WriteTime(json, "firstUploadAt", month.First?.ReceivedAt);
            WriteTime(json, "latestUploadAt", month.Latest?.ReceivedAt);
            json.WriteNumber("uploads", month.Uploads);
            if (month.Latest is { } latest)
            {
                json.WriteString("channel", latest.Channel == ReportChannel.Api ? "api" : "page");
                json.WriteString("fileName", latest.FileName);
                json.WriteNumber("offers", latest.Offers);
                json.WriteNumber("totalViews", latest.TotalViews);
                json.WriteString("sha256", latest.Sha256);
            }
            else
            {
                json.WriteNull("offers");
                json.WriteNull("totalViews");
            }
            json.WriteNumber("refusedUploads", refused.Count(rejection => rejection.Month == month.Month.ToString()));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("refusedUploads");
        foreach (var rejection in refused.Reverse())
        {
            json.WriteStartObject();
            json.WriteString("month", rejection.Month);
            json.WriteString("receivedAt", rejection.ReceivedAt);
            json.WriteString("channel", rejection.Channel == ReportChannel.Api ? "api" : "page");
            json.WriteString("fileName", rejection.FileName);
            json.WriteNumber("errorCount", rejection.ErrorCount);
            json.WriteStartArray("errors");
            foreach (var line in rejection.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                json.WriteStringValue(line);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();

        // API changes announced to this application (art. 3.2), oldest first like the journal.
        json.WriteStartArray("announcements");
        foreach (var item in received.Reverse())
        {
            json.WriteStartObject();
            json.WriteString("id", item.Announcement.Id);
            json.WriteString("title", item.Announcement.Title);
            json.WriteString("apis", string.Join(' ', item.Announcement.Apis));
            json.WriteString("publishedAt", item.Announcement.PublishedAt);
            json.WriteString("effectiveAt", item.Announcement.EffectiveAt);
            json.WriteString("notifiedAt", item.NotifiedAt);
            json.WriteString("recipient", item.Recipient);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartObject("apiCalls");
        json.WriteString("from", now.AddMonths(-12));
        json.WriteBoolean("truncated", calls.Count > MaxCalls);
        json.WriteStartArray("calls");
        foreach (var call in calls.Take(MaxCalls))
        {
            json.WriteStartObject();
            json.WriteString("at", call.At);
            json.WriteString("method", call.Method);
            json.WriteString("endpoint", call.Endpoint);
            json.WriteNumber("status", call.Status);
            json.WriteNumber("durationMs", Math.Round(call.DurationMs, 3));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(ct);
        return true;
    }

    private static string StatusOf(ApiApplication application) =>
        application.IsTerminated ? "terminated" : application.IsRevoked ? "revoked" : application.Status == ApplicationStatus.Active ? "active" : "suspended";

    private static void WriteTime(Utf8JsonWriter json, string name, DateTimeOffset? value)
    {
        if (value is { } time)
            json.WriteString(name, time);
        else
            json.WriteNull(name);
    }
}
