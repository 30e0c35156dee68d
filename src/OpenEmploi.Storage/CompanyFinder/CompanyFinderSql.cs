namespace OpenEmploi.Storage.CompanyFinder;

/// <summary>The SQL of the company finder (schema 15); both providers run the same text.</summary>
internal static class CompanyFinderSql
{
    public const string InsertRun =
        "INSERT INTO finder_prediction_runs (model, seen_until, computed_at, establishments) VALUES (@model, @seen_until, @at, @count) RETURNING id";

    public const string UpdateRunCount = "UPDATE finder_prediction_runs SET establishments = @count WHERE id = @id";

    public const string SelectLatestRun =
        "SELECT id, model, seen_until, computed_at, establishments FROM finder_prediction_runs ORDER BY id DESC LIMIT 1";

    public const string DeleteScores = "DELETE FROM finder_occupation_scores";

    public const string DeleteCompanies = "DELETE FROM finder_companies";

    public const string InsertCompany =
        "INSERT INTO finder_companies (siret, name, sign, naf, headcount_band, commune, latitude, longitude, partial_diffusion, global_score) "
        + "VALUES (@siret, @name, @sign, @naf, @band, @commune, @lat, @lon, @partial, @score)";

    public const string InsertScore = "INSERT INTO finder_occupation_scores (siret, rome, score) VALUES (@siret, @rome, @score)";

    private const string CompanyColumns = "siret, name, sign, naf, headcount_band, commune, latitude, longitude, partial_diffusion, global_score";

    public const string SelectCompanies = $"SELECT {CompanyColumns} FROM finder_companies ORDER BY siret";

    public const string SelectCompany = $"SELECT {CompanyColumns} FROM finder_companies WHERE siret = @siret";

    public const string SelectScores = "SELECT siret, rome, score FROM finder_occupation_scores ORDER BY siret, rome";

    public const string SelectScoresOf = "SELECT siret, rome, score FROM finder_occupation_scores WHERE siret = @siret ORDER BY rome";

    private const string ControlColumns = "siret, opt_out, hide_address, hide_contacts, contact_email";

    public const string SelectControls = $"SELECT {ControlColumns} FROM finder_company_controls ORDER BY siret";

    public const string SelectControl = $"SELECT {ControlColumns} FROM finder_company_controls WHERE siret = @siret";

    public const string SelectControlOccupations = "SELECT siret, rome, kind FROM finder_control_occupations ORDER BY siret, kind, rome";

    public const string SelectControlPlaces = "SELECT siret, commune, latitude, longitude, expires_on FROM finder_control_places ORDER BY siret, commune";

    public const string UpsertControl =
        "INSERT INTO finder_company_controls (siret, opt_out, hide_address, hide_contacts, contact_email, updated_at, updated_by) "
        + "VALUES (@siret, @opt_out, @hide_address, @hide_contacts, @email, @at, @by) "
        + "ON CONFLICT (siret) DO UPDATE SET opt_out = excluded.opt_out, hide_address = excluded.hide_address, "
        + "hide_contacts = excluded.hide_contacts, contact_email = excluded.contact_email, updated_at = excluded.updated_at, updated_by = excluded.updated_by";

    public const string DeleteControlOccupations = "DELETE FROM finder_control_occupations WHERE siret = @siret";

    public const string DeleteControlPlaces = "DELETE FROM finder_control_places WHERE siret = @siret";

    public const string InsertControlOccupation = "INSERT INTO finder_control_occupations (siret, rome, kind) VALUES (@siret, @rome, @kind)";

    public const string InsertControlPlace =
        "INSERT INTO finder_control_places (siret, commune, latitude, longitude, expires_on) VALUES (@siret, @commune, @lat, @lon, @expires)";
}
