namespace OpenEmploi.Web.Features.Sync;

/// <summary>The sync feed's errors: RFC 7807 ProblemDetails, in French.</summary>
internal static class SyncProblems
{
    public static IResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Paramètre invalide");

    public static IResult Gone(long after, long prunedThrough, TimeSpan retention) =>
        TypedResults.Problem(
            $"Le curseur {after} est plus ancien que la rétention du journal des modifications ({Days(retention)}) : "
            + $"les modifications jusqu'à la séquence {prunedThrough} n'y sont plus. Prenez un nouvel instantané "
            + $"(GET {SyncFeature.Prefix}/snapshot) et suivez les modifications à partir de sa séquence.",
            statusCode: StatusCodes.Status410Gone,
            title: "Curseur expiré : prenez un nouvel instantané");

    private static string Days(TimeSpan retention) =>
        retention.TotalDays >= 1 && retention.TotalDays == Math.Floor(retention.TotalDays)
            ? $"{retention.TotalDays:0} jour{(retention.TotalDays > 1 ? "s" : "")}"
            : retention.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
}
