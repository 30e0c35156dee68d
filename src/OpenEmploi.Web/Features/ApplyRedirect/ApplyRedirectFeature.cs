using OpenEmploi.Core.Offres;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Web.Features.Auth;

namespace OpenEmploi.Web.Features.ApplyRedirect;

/// <summary>
/// GET /offres/{id}/postuler?app=&lt;client id&gt;: the only way to apply that the API hands out.
/// Public (a job seeker's browser follows it), it counts the redirection for the reusing
/// application and the offer, then sends the browser to the offer's origin page, or to the
/// portal's offer page for the platform's own offers.
/// </summary>
internal static class ApplyRedirectFeature
{
    public const string AnonymousClient = "";

    public static IEndpointRouteBuilder MapApplyRedirect(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/offres/{id}/postuler", RedirectAsync)
            .WithName("Postuler")
            .WithTags("Postuler")
            .WithSummary("Redirige vers la page de candidature de l'offre et compte la redirection pour l'application.")
            .Produces(StatusCodes.Status302Found)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static async Task<IResult> RedirectAsync(
        string id, string? app, IOffreStore store, IApplicationStore applications, ApplicationDirectory directory, TimeProvider time, CancellationToken ct)
    {
        var entry = OffreId.IsValid(id) ? await store.GetEntryAsync(id, ct) : null;
        if (entry is null)
        {
            return TypedResults.Problem(
                title: "Offre introuvable",
                detail: $"L'offre « {id} » n'existe pas ou n'est plus disponible.",
                statusCode: StatusCodes.Status404NotFound);
        }
        // Only known applications are credited: an unknown or forged id counts as a direct visit.
        var clientId = app is { Length: > 0 } && await directory.FindAsync(app, ct) is not null ? app : AnonymousClient;
        await applications.RecordApplyRedirectAsync(clientId, id, time.GetUtcNow(), ct);
        return TypedResults.Redirect(TargetOf(entry.Offre));
    }

    internal static string TargetOf(Offre offre) =>
        offre.OrigineOffre is { Origine: not "1", UrlOrigine: { } origin }
            && Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? origin
            : "/offres/" + offre.Id;
}
