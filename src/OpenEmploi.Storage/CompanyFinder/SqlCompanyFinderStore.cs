using System.Data.Common;
using System.Globalization;
using OpenEmploi.CompanyFinder.Search;
using OpenEmploi.Storage.Sql;

namespace OpenEmploi.Storage.CompanyFinder;

/// <summary>The company finder's store over the offer store's dialects (schema 15).</summary>
internal sealed class SqlCompanyFinderStore(SqlDialect dialect, TimeProvider time) : ICompanyFinderStore, IAsyncDisposable
{
    public ValueTask DisposeAsync() => dialect.DisposeAsync();

    public async Task<PredictionRun> PublishPredictionAsync(string model, DateOnly seenUntil, IEnumerable<ListedCompany> companies, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        ArgumentNullException.ThrowIfNull(companies);
        var at = time.GetUtcNow();
        await using var connection = await dialect.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        long id;
        await using (var command = connection.Command(CompanyFinderSql.InsertRun, transaction))
        {
            command.Add("@model", model);
            command.Add("@seen_until", Month(seenUntil));
            command.Add("@at", dialect.ToDbTime(OffreRow.ToStoreTime(at)));
            command.Add("@count", 0);
            id = await command.ScalarInt64Async(ct);
        }
        foreach (var sql in new[] { CompanyFinderSql.DeleteScores, CompanyFinderSql.DeleteCompanies })
        {
            await using var delete = connection.Command(sql, transaction);
            await delete.ExecuteNonQueryAsync(ct);
        }
        await using var insertCompany = connection.Command(CompanyFinderSql.InsertCompany, transaction);
        var c = Parameters(insertCompany, "@siret", "@name", "@sign", "@naf", "@band", "@commune", "@lat", "@lon", "@partial", "@score");
        await using var insertScore = connection.Command(CompanyFinderSql.InsertScore, transaction);
        var s = Parameters(insertScore, "@siret", "@rome", "@score");
        var count = 0;
        foreach (var company in companies)
        {
            ct.ThrowIfCancellationRequested();
            c[0].Value = company.Siret;
            c[1].Value = company.Name;
            c[2].Value = (object?)company.Sign ?? DBNull.Value;
            c[3].Value = company.Naf;
            c[4].Value = company.HeadcountBand;
            c[5].Value = company.Commune;
            c[6].Value = company.Latitude;
            c[7].Value = company.Longitude;
            c[8].Value = company.PartialDiffusion;
            c[9].Value = Math.Round(company.GlobalScore, 2);
            await insertCompany.ExecuteNonQueryAsync(ct);
            foreach (var (rome, score) in company.OccupationScores.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                s[0].Value = company.Siret;
                s[1].Value = rome;
                s[2].Value = Math.Round(score, 2);
                await insertScore.ExecuteNonQueryAsync(ct);
            }
            count++;
        }
        await using (var update = connection.Command(CompanyFinderSql.UpdateRunCount, transaction))
        {
            update.Add("@count", count);
            update.Add("@id", id);
            await update.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return new PredictionRun(id, model, seenUntil, OffreRow.ToStoreTime(at), count);
    }

    public async Task<PredictionRun?> GetLatestRunAsync(CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(CompanyFinderSql.SelectLatestRun);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
            return null;
        return new PredictionRun(
            reader.GetInt64(0), reader.GetString(1),
            DateOnly.ParseExact(reader.GetString(2) + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture),
            dialect.ReadTime(reader, 3), reader.GetInt32(4));
    }

    public async Task<IReadOnlyList<ListedCompany>> ReadCompaniesAsync(CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        var scores = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        await using (var command = connection.Command(CompanyFinderSql.SelectScores))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var siret = reader.GetString(0);
                if (!scores.TryGetValue(siret, out var bySiret))
                    scores[siret] = bySiret = new Dictionary<string, double>(StringComparer.Ordinal);
                bySiret[reader.GetString(1)] = reader.GetDouble(2);
            }
        }
        var companies = new List<ListedCompany>();
        await using (var command = connection.Command(CompanyFinderSql.SelectCompanies))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
                companies.Add(ReadCompany(reader, scores.GetValueOrDefault(reader.GetString(0)) ?? []));
        }
        return companies;
    }

    public async Task<ListedCompany?> GetCompanyAsync(string siret, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(siret);
        await using var connection = await dialect.OpenAsync(ct);
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        await using (var command = connection.Command(CompanyFinderSql.SelectScoresOf))
        {
            command.Add("@siret", siret);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                scores[reader.GetString(1)] = reader.GetDouble(2);
        }
        await using (var command = connection.Command(CompanyFinderSql.SelectCompany))
        {
            command.Add("@siret", siret);
            await using var reader = await command.ExecuteReaderAsync(ct);
            return await reader.ReadAsync(ct) ? ReadCompany(reader, scores) : null;
        }
    }

    public async Task<IReadOnlyList<CompanyControl>> ReadControlsAsync(CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        return await ReadControlsAsync(connection, null, ct);
    }

    public async Task<CompanyControl?> GetControlAsync(string siret, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(siret);
        await using var connection = await dialect.OpenAsync(ct);
        return (await ReadControlsAsync(connection, siret, ct)).SingleOrDefault();
    }

    public async Task SaveControlAsync(CompanyControl control, string updatedBy, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(control);
        ArgumentException.ThrowIfNullOrWhiteSpace(updatedBy);
        await using var connection = await dialect.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var command = connection.Command(CompanyFinderSql.UpsertControl, transaction))
        {
            command.Add("@siret", control.Siret);
            command.Add("@opt_out", control.OptOut);
            command.Add("@hide_address", control.HideAddress);
            command.Add("@hide_contacts", control.HideContacts);
            command.Add("@email", control.ContactEmail);
            command.Add("@at", dialect.ToDbTime(OffreRow.ToStoreTime(time.GetUtcNow())));
            command.Add("@by", updatedBy);
            await command.ExecuteNonQueryAsync(ct);
        }
        foreach (var sql in new[] { CompanyFinderSql.DeleteControlOccupations, CompanyFinderSql.DeleteControlPlaces })
        {
            await using var delete = connection.Command(sql, transaction);
            delete.Add("@siret", control.Siret);
            await delete.ExecuteNonQueryAsync(ct);
        }
        foreach (var (romes, kind) in new[] { (control.BoostedRomes, "boost"), (control.AddedRomes, "add") })
        {
            foreach (var rome in romes.Distinct(StringComparer.Ordinal))
            {
                await using var insert = connection.Command(CompanyFinderSql.InsertControlOccupation, transaction);
                insert.Add("@siret", control.Siret);
                insert.Add("@rome", rome);
                insert.Add("@kind", kind);
                await insert.ExecuteNonQueryAsync(ct);
            }
        }
        foreach (var place in control.ExtraPlaces)
        {
            await using var insert = connection.Command(CompanyFinderSql.InsertControlPlace, transaction);
            insert.Add("@siret", control.Siret);
            insert.Add("@commune", place.Commune);
            insert.Add("@lat", place.Latitude);
            insert.Add("@lon", place.Longitude);
            insert.Add("@expires", dialect.ToDbDay(place.ExpiresOn));
            await insert.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
    }

    private async Task<IReadOnlyList<CompanyControl>> ReadControlsAsync(DbConnection connection, string? siret, CancellationToken ct)
    {
        var boosted = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var added = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await using (var command = connection.Command(CompanyFinderSql.SelectControlOccupations))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var target = reader.GetString(2) == "boost" ? boosted : added;
                var key = reader.GetString(0);
                if (!target.TryGetValue(key, out var list))
                    target[key] = list = [];
                list.Add(reader.GetString(1));
            }
        }
        var places = new Dictionary<string, List<ExtraPlace>>(StringComparer.Ordinal);
        await using (var command = connection.Command(CompanyFinderSql.SelectControlPlaces))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var key = reader.GetString(0);
                if (!places.TryGetValue(key, out var list))
                    places[key] = list = [];
                list.Add(new ExtraPlace(reader.GetString(1), reader.GetDouble(2), reader.GetDouble(3), dialect.ReadDay(reader, 4)));
            }
        }
        var controls = new List<CompanyControl>();
        await using (var command = connection.Command(siret is null ? CompanyFinderSql.SelectControls : CompanyFinderSql.SelectControl))
        {
            if (siret is not null)
                command.Add("@siret", siret);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var key = reader.GetString(0);
                controls.Add(new CompanyControl(
                    key, reader.GetBoolean(1), reader.GetBoolean(2), reader.GetBoolean(3), reader.GetNullableString(4),
                    boosted.GetValueOrDefault(key) ?? [], added.GetValueOrDefault(key) ?? [], places.GetValueOrDefault(key) ?? []));
            }
        }
        return controls;
    }

    private static ListedCompany ReadCompany(DbDataReader reader, IReadOnlyDictionary<string, double> scores) => new(
        reader.GetString(0), reader.GetString(1), reader.GetNullableString(2), reader.GetString(3), reader.GetString(4),
        reader.GetString(5), reader.GetDouble(6), reader.GetDouble(7), reader.GetBoolean(8), reader.GetDouble(9), scores);

    private static DbParameter[] Parameters(DbCommand command, params string[] names) => [.. names.Select(n => command.Add(n, null))];

    private static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
