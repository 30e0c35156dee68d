using System.Net;
using System.Text.RegularExpressions;

namespace OpenEmploi.Web.Tests.DeveloperPlatform;

/// <summary>The steps of the reuser's and the operator's journeys, as their browsers take them.</summary>
public static partial class Journeys
{
    public const string IntendedUse =
        "Un site d'emploi régional qui affiche les offres de la région avec leur date de mise à jour, la source et un lien vers la licence.";

    /// <summary>Submits an access request for the offers API; returns its id.</summary>
    public static async Task<string> RequestAccessAsync(this Browser reuser, string name, string apis = "offres")
    {
        // The version shown on the form: 1 unless a test published another.
        var form = await reuser.GetHtmlAsync("/developpeurs/applications/nouvelle");
        var version = Regex.Match(form, "name=\"LicenceVersion\" value=\"(\\d+)\"").Groups[1].Value;
        using var response = await reuser.SubmitAsync("/developpeurs/applications/nouvelle",
            new() { ["Name"] = name, ["IntendedUse"] = IntendedUse, ["LicenceAccepted"] = "true", ["LicenceVersion"] = version },
            repeated: apis.Split(' ').Select(api => new KeyValuePair<string, string>("Apis", api)));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        var match = RequestPath().Match(location);
        Assert.True(match.Success, location);
        return match.Groups[1].Value;
    }

    public static Task<string> ApproveAsync(this Browser operatorBrowser, string requestId) =>
        operatorBrowser.SubmitForHtmlAsync("/operateur/demandes", new() { ["id"] = requestId }, "/operateur/demandes?handler=Approuver");

    public static Task<string> RefuseAsync(this Browser operatorBrowser, string requestId, string reason) =>
        operatorBrowser.SubmitForHtmlAsync("/operateur/demandes", new() { ["id"] = requestId, ["motif"] = reason }, "/operateur/demandes?handler=Refuser");

    /// <summary>The detail page's POST handler (Secret, Renouveler, Revoquer) and the HTML it answers.</summary>
    public static Task<string> ApplicationActionAsync(this Browser reuser, string requestId, string handler, Dictionary<string, string>? fields = null) =>
        reuser.SubmitForHtmlAsync($"/developpeurs/applications/{requestId}", fields ?? [], $"/developpeurs/applications/{requestId}?handler={handler}");

    /// <summary>The client id and secret shown once after "Afficher le secret" or "Renouveler".</summary>
    public static (string ClientId, string Secret) ShownCredentials(string html)
    {
        var clientId = Regex.Match(html, "<dt>Identifiant client \\(client_id\\)</dt><dd><code>([^<]+)</code>");
        var secret = Regex.Match(html, "<code id=\"secret-valeur\">([0-9a-f]{64})</code>");
        Assert.True(clientId.Success && secret.Success, "Identifiants absents de la page : " + html);
        return (clientId.Groups[1].Value, secret.Groups[1].Value);
    }

    /// <summary>Signed up, confirmed, request approved, secret shown: an application ready to call the API.</summary>
    public static async Task<(Browser Reuser, string RequestId, string ClientId, string Secret)> ApprovedApplicationAsync(this DeveloperPlatform platform, string name)
    {
        var reuser = await platform.NewReuserAsync();
        var requestId = await reuser.RequestAccessAsync(name);
        using var operatorBrowser = await platform.NewOperatorAsync();
        Assert.Contains("Demande acceptée", await operatorBrowser.ApproveAsync(requestId), StringComparison.Ordinal);
        var (clientId, secret) = ShownCredentials(await reuser.ApplicationActionAsync(requestId, "Secret"));
        return (reuser, requestId, clientId, secret);
    }

    [GeneratedRegex("^/developpeurs/applications/([0-9a-f]{32})\\?envoyee=1$")]
    private static partial Regex RequestPath();
}
