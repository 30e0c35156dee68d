using OpenEmploi.Storage.Applications;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Storage.Reports;
using OpenEmploi.Web.Features.Auth;
using OpenEmploi.Web.Features.DeveloperPlatform;
using OpenEmploi.Web.Features.Quotas;
using OpenEmploi.Web.Features.SyncCompliance;

namespace OpenEmploi.Web.Features.ConsultationReports;

/// <summary>
/// The monthly consultation reports (licence, article 5.4; docs/developer-platform.md): sent on
/// the application's page or by the API, validated line by line, kept with their history; statuses
/// per month; reminders; the operator's consolidated report beside the apply redirections.
/// </summary>
internal static class ConsultationReportsFeature
{
    public const string Prefix = "/partenaire/rapports-consultation/v1";
    public const string Tag = "Rapports de consultation v1";

    /// <summary>The reports API: its scope, and an active application.</summary>
    public const string ReportsPolicy = "ConsultationReports";

    public static string PagePath(string requestId) => $"/developpeurs/applications/{requestId}/rapports";

    public static IServiceCollection AddConsultationReports(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(ConsultationReportOptions.Section).Get<ConsultationReportOptions>() ?? new ConsultationReportOptions();
        options.Validate();
        services.AddSingleton(options);
        services.AddSingleton(provider => provider.GetRequiredService<DeveloperStore>().Reports);
        services.AddSingleton<ReportCalendar>();
        services.AddSingleton<ReportObligations>();
        services.AddSingleton<SubmitConsultationReport>();
        services.AddSingleton<ConsolidatedReports>();
        services.AddSingleton<ReportReminders>();
        services.AddHostedService(provider => provider.GetRequiredService<ReportReminders>());
        services.AddAuthorizationBuilder()
            .AddPolicy(ReportsPolicy, policy => policy
                .AddAuthenticationSchemes(BearerTokenHandler.SchemeName)
                .RequireClaim(ApiClaims.Scope, ApiScopes.RapportsConsultation)
                .RequireClaim(ApiClaims.Status, ApiClaims.Active));
        return services;
    }

    public static IEndpointRouteBuilder MapConsultationReports(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix)
            .WithTags(Tag)
            .RequireAuthorization(ReportsPolicy)
            .WithClientQuota()
            .WithMetadata(
                new ProducesResponseTypeMetadata(StatusCodes.Status401Unauthorized),
                new ProducesResponseTypeMetadata(StatusCodes.Status403Forbidden));

        group.MapPut("/mois/{mois}", PutAsync)
            .WithName("DeposerRapportConsultation")
            .WithSummary("Dépose le rapport de consultation d'un mois terminé (AAAA-MM) : un CSV « offre_id;vues » en corps de requête. "
                + "Un fichier contenant une erreur est refusé en entier, avec la liste de ses erreurs ; un nouveau dépôt remplace le précédent, qui reste dans l'historique.")
            .Accepts<string>("text/csv")
            .Produces<RapportDepose>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        group.MapGet("/mois", ListAsync)
            .WithName("EtatRapportsConsultation")
            .WithSummary("L'état des rapports de l'application, mois par mois : reçu, reçu en retard, manquant ou attendu, avec l'échéance.")
            .Produces<EtatRapports>(StatusCodes.Status200OK);

        // The operator's consolidated month for automation, beside the sync compliance it belongs with.
        endpoints.MapGet(SyncComplianceFeature.Prefix + "/rapports-consultation/{mois}", ConsolidatedCsvAsync)
            .WithTags(SyncComplianceFeature.Tag)
            .RequireAuthorization(AuthFeature.CompliancePolicy)
            .WithName("RapportConsolideConsultations")
            .WithSummary("Le rapport consolidé d'un mois (AAAA-MM), en CSV : pour chaque application, l'état de son rapport de consultation, "
                + "les offres et vues déclarées et les redirections vers les pages de candidature comptées pour elle ce mois-là.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithMetadata(
                new ProducesResponseTypeMetadata(StatusCodes.Status401Unauthorized),
                new ProducesResponseTypeMetadata(StatusCodes.Status403Forbidden));
        return endpoints;
    }

    private static async Task<IResult> ConsolidatedCsvAsync(string mois, ConsolidatedReports consolidated, CancellationToken ct)
    {
        if (!ReportMonth.TryParse(mois, out var month))
        {
            return TypedResults.Problem(
                title: "Mois invalide", detail: $"Mois invalide « {mois} » : attendu AAAA-MM (ex. 2026-11).", statusCode: StatusCodes.Status400BadRequest);
        }
        var report = await consolidated.ReadAsync(month, ct);
        return TypedResults.File(ConsolidatedReports.ToCsv(report), "text/csv; charset=utf-8", $"rapports-consultation-{month}.csv");
    }

    private static async Task<IResult> PutAsync(
        string mois, HttpRequest request, IApplicationStore applications, SubmitConsultationReport submit, ConsultationReportOptions options, CancellationToken ct)
    {
        var application = await CallerAsync(request.HttpContext, applications, ct);
        if (application is null)
            return TypedResults.Forbid();
        var body = await ReadBodyAsync(request, options.MaxFileBytes, ct);
        if (body is null)
        {
            return TypedResults.Problem(
                title: "Fichier trop volumineux",
                detail: $"Le rapport dépasse {options.MaxFileBytes} octets.",
                statusCode: StatusCodes.Status413PayloadTooLarge);
        }
        var outcome = await submit.SubmitAsync(application, mois, body, $"{mois}.csv", ReportChannel.Api, application.ClientId, ct);
        if (!outcome.Accepted)
        {
            return TypedResults.Problem(
                title: "Rapport refusé",
                detail: outcome.ErrorCount == 1
                    ? "Le rapport contient une erreur ; rien n'a été enregistré."
                    : $"Le rapport contient {outcome.ErrorCount} erreurs ; rien n'a été enregistré.",
                statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?>
                {
                    ["nombreErreurs"] = outcome.ErrorCount,
                    ["erreurs"] = outcome.Errors.Select(ErreurRapport.Of).ToList(),
                });
        }
        return TypedResults.Created($"{Prefix}/mois", RapportDepose.Of(outcome.Receipt!, outcome.Status!));
    }

    private static async Task<IResult> ListAsync(
        HttpContext context, IApplicationStore applications, ReportObligations obligations,
        [FromKeyedServices(DeveloperPlatformFeature.ClockKey)] TimeProvider clock, CancellationToken ct)
    {
        var application = await CallerAsync(context, applications, ct);
        if (application is null)
            return TypedResults.Forbid();
        var months = await obligations.ForApplicationAsync(application, clock.GetUtcNow(), ct);
        return TypedResults.Ok(new EtatRapports(application.ClientId, months.Select(EtatMois.Of).ToList()));
    }

    private static async Task<ApiApplication?> CallerAsync(HttpContext context, IApplicationStore applications, CancellationToken ct) =>
        ApiClaims.ClientIdOf(context.User) is { } clientId ? await applications.GetAsync(clientId, ct) : null;

    /// <summary>The body, or null when it is longer than <paramref name="max"/> bytes (read no further than that).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int max, CancellationToken ct)
    {
        if (request.ContentLength > max)
            return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > max)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
