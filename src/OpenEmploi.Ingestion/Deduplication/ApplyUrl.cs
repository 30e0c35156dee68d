using System.Collections.Frozen;

namespace OpenEmploi.Ingestion.Deduplication;

/// <summary>
/// Apply URLs compared as the job they point at: two partners relaying an employer's career page
/// add their own tracking (utm_source=…, gclid, xtor…). The canonical form drops the scheme
/// (http and https are one page), "www.", the default port, the fragment, tracking parameters and
/// a trailing slash, lower-cases the host and sorts the remaining parameters. The path keeps its
/// case: servers may tell /Job/12 from /job/12.
/// </summary>
public static class ApplyUrl
{
    private static readonly FrozenSet<string> TrackingNames = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "gclid", "gbraid", "wbraid", "dclid", "fbclid", "msclkid", "yclid", "twclid", "ttclid", "li_fat_id", "igshid",
        "mc_cid", "mc_eid", "_hsenc", "_hsmi", "hsctatracking", "xtor", "ref", "referer", "referrer", "ref_src",
        "src", "source", "origin", "trk", "trackingid", "tracking_id", "campaign", "cmpid", "sessionid", "jsessionid");

    private static readonly string[] TrackingPrefixes = ["utm_", "at_", "pk_", "mtm_", "matomo_"];

    /// <returns>The canonical form, or null when <paramref name="url"/> is no absolute http(s) URL.</returns>
    public static string? Canonicalise(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)
            || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            return null;

        var host = uri.IdnHost.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
            host = host[4..];
        var path = uri.AbsolutePath;
        if (path.Length > 1 && path.EndsWith('/'))
            path = path.TrimEnd('/');

        var kept = new List<string>();
        foreach (var part in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(equals < 0 ? part : part[..equals]);
            if (!IsTracking(name))
                kept.Add(part);
        }
        kept.Sort(StringComparer.Ordinal);

        var port = uri.IsDefaultPort ? "" : ":" + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var query = kept.Count == 0 ? "" : "?" + string.Join('&', kept);
        return string.Concat(host, port, path, query);
    }

    /// <summary>
    /// False for a site's home page ("employeur.fr/"): many different jobs share it, so it says
    /// nothing about which job an offer is.
    /// </summary>
    public static bool IsSpecific(string canonical)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        var slash = canonical.IndexOf('/', StringComparison.Ordinal);
        return slash >= 0 && canonical.Length > slash + 1;
    }

    private static bool IsTracking(string name)
    {
        if (TrackingNames.Contains(name))
            return true;
        foreach (var prefix in TrackingPrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }
}
