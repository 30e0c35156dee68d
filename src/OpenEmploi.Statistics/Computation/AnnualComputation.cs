using OpenEmploi.Core.Statistics;
using OpenEmploi.Statistics.Disclosure;
using OpenEmploi.Statistics.Model;
using OpenEmploi.Statistics.Projects;
using OpenEmploi.Statistics.Sectors;
using OpenEmploi.Statistics.Tension;

namespace OpenEmploi.Statistics.Computation;

/// <summary>
/// The annual indicators of a year: recruitment projects (5), tension (6) and sector dynamism (7),
/// with the same roll-up and disclosure control as the quarters.
/// </summary>
internal static class AnnualComputation
{
    public static async Task<ComputedTable> ComputeAsync(
        StatisticsContext context, IStatisticsInputs inputs, StatPeriod year, IProgress<string>? progress, CancellationToken ct, int threads = 0)
    {
        var table = new CellTable();
        var projects = new ProjectCounter(context, table);
        await foreach (var line in inputs.ReadRecruitmentProjectsAsync(year.Year, ct))
            projects.Add(line);
        progress?.Report($"{year} : {projects.Lines:N0} lignes de projets de recrutement lues");

        var tension = new TensionInputCounter(context, table, year.Year);
        long episodes = 0, offers = 0;
        await foreach (var episode in inputs.ReadJobSeekerEpisodesAsync(year.Start, year.End, ct))
        {
            tension.Add(episode);
            episodes++;
        }
        await foreach (var offer in inputs.ReadRegisteredOffersAsync(year.Start, year.End, ct))
        {
            tension.Add(offer);
            offers++;
        }
        progress?.Report($"{year} : {episodes:N0} épisodes et {offers:N0} offres lus pour la tension");

        await using (var establishments = new SortedJoin<Establishment>(inputs.ReadEstablishmentsAsync(ct).GetAsyncEnumerator(ct), e => e.Siret))
        await using (var headcounts = new SortedJoin<EstablishmentHeadcount>(
            inputs.ReadHeadcountsAsync(year.Year, year.Year, ct).GetAsyncEnumerator(ct), h => h.Siret))
        {
            string? current = null;
            await foreach (var row in inputs.ReadHiresAsync(year.Start, new DateOnly(year.Year, 12, 1), ct))
            {
                if (!string.Equals(row.Siret, current, StringComparison.Ordinal))
                {
                    await ShareEmployeesAsync(tension, headcounts, current);
                    current = row.Siret;
                }
                tension.AddHires(row, await establishments.FindAsync(row.Siret));
            }
            await ShareEmployeesAsync(tension, headcounts, current);
        }

        var sectors = new SectorCounter(context, table, year.Year);
        await using (var establishments = new SortedJoin<Establishment>(inputs.ReadEstablishmentsAsync(ct).GetAsyncEnumerator(ct), e => e.Siret))
        {
            await foreach (var row in inputs.ReadHeadcountsAsync(year.Year - 5, year.Year, ct))
                sectors.Add(row, await establishments.FindAsync(row.Siret));
        }
        progress?.Report($"{year} : {sectors.Rows:N0} effectifs d'établissements lus");

        var employees = context.Codes.Indicator(Indicators.Employees);
        var establishmentsIndicator = context.Codes.Indicator(Indicators.Establishments);
        var before = context.Codes.Indicator(Indicators.EmployeesFiveYearsBefore);
        table.RollUp(
            (indicator, territory) => indicator == projects.Indicator ? projects.TerritoryAncestors(territory) : context.Territories.AncestorsOf(territory),
            (indicator, activity) => indicator == employees || indicator == establishmentsIndicator || indicator == before
                ? [] : context.Activities.AncestorsOf(activity), threads);
        table.DropZeros();
        var dropped = projects.DropEstimatesRoundingToNothing();
        FreedMemory.Release();
        progress?.Report($"{year} : {dropped:N0} estimations de projets par EPCI arrondies à 0 écartées avant le secret");
        var disclosure = new DisclosureTable(table, context,
            (indicator, territory) => indicator == projects.Indicator ? projects.TerritoryParents(territory) : context.Territories.ParentsOf(territory), threads);
        FreedMemory.Release();
        var secondary = SecondarySuppression.Apply(disclosure, progress);
        // The audit's bounds (32 bytes a cell) are garbage now: returned before the published cells are made.
        FreedMemory.Release();
        progress?.Report($"{year} : {disclosure.Keys.Length:N0} cellules, {secondary:N0} masquées par secret secondaire");

        var derived = SectorGrowth.Derive(disclosure, year);
        derived.AddRange(TensionMethod.Compute(context, year, TensionFigureReader.Read(disclosure)));
        return new ComputedTable(context, year, disclosure, derived, ProjectCounter.Finish);
    }

    private static async Task ShareEmployeesAsync(TensionInputCounter tension, SortedJoin<EstablishmentHeadcount> headcounts, string? siret)
    {
        if (siret is not null && await headcounts.FindAsync(siret) is { } headcount)
            tension.AddEmployees(siret, headcount.Employees);
    }
}
