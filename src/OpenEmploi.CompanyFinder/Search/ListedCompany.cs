namespace OpenEmploi.CompanyFinder.Search;

/// <summary>
/// An establishment as the prediction published it: identity and place from SIRENE, its global
/// score and its per-occupation scores (0–100). Predicted hire counts never get this far.
/// </summary>
public sealed record ListedCompany(
    string Siret,
    string Name,
    string? Sign,
    string Naf,
    string HeadcountBand,
    string Commune,
    double Latitude,
    double Longitude,
    bool PartialDiffusion,
    double GlobalScore,
    IReadOnlyDictionary<string, double> OccupationScores);

/// <summary>A place a company added (a second site, a seasonal address), until it expires.</summary>
public sealed record ExtraPlace(string Commune, double Latitude, double Longitude, DateOnly ExpiresOn);

/// <summary>
/// What a company asked the operator for: out of the finder altogether, its address or its contacts
/// hidden, occupations boosted (shown first) or added (listed even when the model does not predict
/// them), extra places until a date, and the address that takes spontaneous applications by e-mail.
/// </summary>
public sealed record CompanyControl(
    string Siret,
    bool OptOut,
    bool HideAddress,
    bool HideContacts,
    string? ContactEmail,
    IReadOnlyList<string> BoostedRomes,
    IReadOnlyList<string> AddedRomes,
    IReadOnlyList<ExtraPlace> ExtraPlaces)
{
    public static CompanyControl None(string siret) => new(siret, false, false, false, null, [], [], []);

    /// <summary>Whether the company takes applications by e-mail (the API's "email": "yes").</summary>
    public bool AcceptsEmail => ContactEmail is not null && !HideContacts;
}
