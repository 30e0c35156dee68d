using OpenEmploi.Core.Referentiels;
using OpenEmploi.Core.Statistics;
using OpenEmploi.DataGen.Statistics;

namespace OpenEmploi.DataGen.Tests.Statistics;

/// <summary>A small register (scale 0.002: about 12,500 registered, 6,000 establishments), generated once.</summary>
public sealed class StatisticsSampleFixture
{
    public const double Scale = 0.002;

    public StatisticsSampleFixture()
    {
        Data = ReferenceData.LoadDefault();
        Context = new GeneratorContext(Data);
        Generator = new StatisticsGenerator(Context, new StatisticsGeneratorOptions(Scale, 7, 2023, 2025));
        Inputs = Generator.Streams().ToInMemory();
    }

    public ReferenceData Data { get; }

    public GeneratorContext Context { get; }

    public StatisticsGenerator Generator { get; }

    public InMemoryStatisticsInputs Inputs { get; }
}

public sealed class StatisticsGeneratorTests(StatisticsSampleFixture fixture) : IClassFixture<StatisticsSampleFixture>
{
    private InMemoryStatisticsInputs Inputs => fixture.Inputs;

    [Fact]
    public void The_same_seed_gives_the_same_rows_whatever_the_threads_and_another_seed_other_rows()
    {
        var options = new StatisticsGeneratorOptions(0.0003, 7, 2024, 2025, new DateOnly(2025, 10, 31));
        var parallel = new StatisticsGenerator(fixture.Context, options).Streams().ToInMemory();
        var single = new StatisticsGenerator(fixture.Context, options) { DegreeOfParallelism = 1 }.Streams().ToInMemory();
        var other = new StatisticsGenerator(fixture.Context, options with { Seed = 8 }).Streams().ToInMemory();

        Assert.Equal(parallel.Episodes, single.Episodes);
        Assert.Equal(parallel.Establishments, single.Establishments);
        Assert.Equal(parallel.Headcounts, single.Headcounts);
        Assert.Equal(parallel.Hires, single.Hires);
        Assert.Equal(parallel.Projects, single.Projects);
        Assert.Equal(parallel.Offers, single.Offers);
        Assert.NotEmpty(parallel.Hires);
        Assert.NotEqual(parallel.Episodes.Select(e => e.Commune), other.Episodes.Select(e => e.Commune));
        Assert.NotEqual(parallel.Establishments.Select(e => e.Siret), other.Establishments.Select(e => e.Siret));
        // Nothing dated after the end of the window.
        Assert.All(parallel.Episodes, e => Assert.True(e.RegisteredOn <= options.End && (e.ExitedOn is null || e.ExitedOn <= options.End)));
        Assert.All(parallel.Hires, h => Assert.True(h.Month <= options.End));
    }

    [Fact]
    public void About_six_million_are_registered_at_national_scale_with_eight_and_a_half_million_registrations_a_year()
    {
        var scale = StatisticsSampleFixture.Scale;
        foreach (var day in new[] { new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31), new DateOnly(2024, 12, 31), new DateOnly(2025, 12, 30) })
        {
            var registered = Inputs.Episodes.Count(e => e.RegisteredOn <= day && (e.ExitedOn is null || e.ExitedOn > day));
            Assert.InRange(registered / scale, 5_500_000, 6_900_000);
        }
        foreach (var year in new[] { 2023, 2024, 2025 })
        {
            var registrations = Inputs.Episodes.Count(e => e.RegisteredOn.Year == year);
            Assert.InRange(registrations / scale, 8_100_000, 8_900_000);
            var exits = Inputs.Episodes.Count(e => e.ExitedOn?.Year == year);
            Assert.InRange(exits / scale, 7_800_000, 9_200_000);
        }
    }

    [Fact]
    public void Every_episode_is_coherent_and_uses_the_referentials_codes()
    {
        var education = fixture.Data.Listes.NiveauxFormation.Select(n => n.Code).ToHashSet(StringComparer.Ordinal);
        Assert.All(Inputs.Episodes, e =>
        {
            Assert.Contains(e.EducationLevel, education);
            Assert.NotNull(fixture.Data.Listes.Qualification(e.Qualification));
            Assert.NotNull(fixture.Data.Geographie.CommuneByInsee(e.Commune));
            Assert.True(e.ExitedOn is null || e.ExitedOn > e.RegisteredOn);
            Assert.Equal(e.ExitedOn is null, e.ExitReason is null);
            var age = e.RegisteredOn.Year - e.BirthMonth.Year;
            Assert.InRange(age, 17, 66);
            Assert.Equal(1, e.BirthMonth.Day);
        });
        Assert.Equal(Inputs.Episodes.Count, Inputs.Episodes.Select(e => e.Id).Distinct().Count());
        // Mixes that look like the register's: slightly more women, a quarter under 25 among registrations, most in category A.
        var women = Inputs.Episodes.Count(e => e.Sex == Sex.Female) / (double)Inputs.Episodes.Count;
        Assert.InRange(women, 0.48, 0.56);
        var categoryA = Inputs.Episodes.Count(e => e.Category == JobSeekerCategory.A) / (double)Inputs.Episodes.Count;
        Assert.InRange(categoryA, 0.5, 0.6);
        var recent = Inputs.Episodes.Where(e => e.RegisteredOn.Year == 2024).ToList();
        Assert.InRange(recent.Count(e => e.RegisteredOn.Year - e.BirthMonth.Year <= 25) / (double)recent.Count, 0.18, 0.32);
        Assert.InRange(Inputs.Episodes.Count(e => e.RomeSought is null) / (double)Inputs.Episodes.Count, 0.03, 0.07);
        Assert.All(Enum.GetValues<FamilySituation>(), f => Assert.Contains(Inputs.Episodes, e => e.FamilySituation == f));
        Assert.All(Enum.GetValues<ExperienceBand>(), x => Assert.Contains(Inputs.Episodes, e => e.Experience == x));
        Assert.All(Enum.GetValues<ExitReason>(), x => Assert.Contains(Inputs.Episodes, e => e.ExitReason == x));
    }

    [Fact]
    public void Unemployment_is_higher_in_the_north_the_mediterranean_and_overseas_than_in_the_west_and_the_alps()
    {
        var geo = fixture.Data.Geographie;
        double PerInhabitant(string[] departements)
        {
            var set = departements.ToHashSet(StringComparer.Ordinal);
            var population = geo.Communes.Where(c => set.Contains(c.CodeDepartement) && !c.IsArrondissement).Sum(c => (double)c.Population);
            var seekers = Inputs.Episodes.Count(e => set.Contains(geo.CommuneByInsee(e.Commune)!.CodeDepartement));
            return seekers / population;
        }
        var high = PerInhabitant(["59", "62", "66", "11", "93", "974", "971"]);
        var low = PerInhabitant(["74", "85", "53", "35", "15"]);
        Assert.True(high > 1.6 * low, $"Demandeurs par habitant : {high:E2} (départements en difficulté) contre {low:E2}.");
    }

    [Fact]
    public void Registrations_peak_in_september_and_hotel_hires_in_summer()
    {
        var september = Inputs.Episodes.Count(e => e.RegisteredOn.Month == 9 && e.RegisteredOn.Year >= 2023);
        var may = Inputs.Episodes.Count(e => e.RegisteredOn.Month == 5 && e.RegisteredOn.Year >= 2023);
        Assert.True(september > 1.3 * may, $"Inscriptions : septembre {september}, mai {may}.");

        var nafOf = Inputs.Establishments.ToDictionary(e => e.Siret, e => e.Naf, StringComparer.Ordinal);
        var hotels = Inputs.Hires.Where(h => nafOf[h.Siret].StartsWith("55", StringComparison.Ordinal) || nafOf[h.Siret].StartsWith("56", StringComparison.Ordinal)).ToList();
        var july = hotels.Where(h => h.Month.Month == 7).Sum(h => h.Count);
        var january = hotels.Where(h => h.Month.Month == 1).Sum(h => h.Count);
        Assert.True(july > 1.5 * january, $"Embauches hôtellerie-restauration : juillet {july}, janvier {january}.");
    }

    [Fact]
    public void Hires_carry_a_rome_plausible_for_the_sector_seven_times_in_ten()
    {
        var nafOf = Inputs.Establishments.ToDictionary(e => e.Siret, e => e.Naf, StringComparer.Ordinal);
        var total = Inputs.Hires.Sum(h => (long)h.Count);
        var known = Inputs.Hires.Where(h => h.Rome is not null).Sum(h => (long)h.Count);
        Assert.InRange(known / (double)total, 0.66, 0.74);
        // Restaurants hire mostly in hospitality occupations (G), hospitals in health (J), builders in building trades (F).
        Assert.True(ShareOf("56.", 'G') > 0.7);
        Assert.True(ShareOf("86.", 'J') > 0.6);
        Assert.True(ShareOf("43.", 'F') > 0.7);
        // Hires only in months the establishment was open, and on establishments that exist.
        var byId = Inputs.Establishments.ToDictionary(e => e.Siret, StringComparer.Ordinal);
        Assert.All(Inputs.Hires, h =>
        {
            var e = byId[h.Siret];
            Assert.True(e.CreatedOn <= h.Month.AddMonths(1).AddDays(-1) && (e.ClosedOn is null || e.ClosedOn >= h.Month));
        });
        // Bigger establishments hire more: coherent with size.
        var hiresBySiret = Inputs.Hires.GroupBy(h => h.Siret).ToDictionary(g => g.Key, g => g.Sum(h => (double)h.Count), StringComparer.Ordinal);
        double MeanHires(Func<string, bool> band)
        {
            var selected = Inputs.Establishments.Where(e => band(e.HeadcountBand)).ToList();
            return selected.Sum(e => hiresBySiret.GetValueOrDefault(e.Siret)) / selected.Count;
        }
        Assert.True(MeanHires(b => b is "12" or "21") > 10 * MeanHires(b => b == "01"));
        Assert.Equal(0, MeanHires(b => b == "NN"));
        // Every contract kind, short contracts the most.
        var byContract = Inputs.Hires.GroupBy(h => h.Contract).ToDictionary(g => g.Key, g => g.Sum(h => h.Count));
        Assert.Equal(3, byContract.Count);
        Assert.True(byContract[HireContract.CddUpToOneMonth] > byContract[HireContract.Cdi]);

        double ShareOf(string nafPrefix, char grandDomaine)
        {
            var hires = Inputs.Hires.Where(h => h.Rome is not null && nafOf[h.Siret].StartsWith(nafPrefix, StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(hires);
            return hires.Where(h => h.Rome![0] == grandDomaine).Sum(h => h.Count) / (double)hires.Sum(h => h.Count);
        }
    }

    [Fact]
    public void Establishments_look_like_sirene_with_six_years_of_headcounts_and_five_of_hires()
    {
        var establishments = Inputs.Establishments;
        Assert.Equal(establishments.Count, establishments.Select(e => e.Siret).Distinct(StringComparer.Ordinal).Count());
        Assert.All(establishments, e =>
        {
            Assert.True(Siret.IsLuhnValid(e.Siret) && Siret.IsLuhnValid(e.Siret.AsSpan(0, 9)));
            Assert.NotNull(fixture.Data.Naf.ByCode(e.Naf));
            Assert.NotNull(fixture.Data.Geographie.CommuneByInsee(e.Commune));
            Assert.True(e.ClosedOn is null || e.ClosedOn > e.CreatedOn);
        });
        Assert.InRange(establishments.Count(e => e.PartialDiffusion) / (double)establishments.Count, 0.02, 0.045);
        Assert.Contains(establishments, e => e.CreatedOn.Year == 2024);
        Assert.Contains(establishments, e => e.ClosedOn?.Year == 2024);
        Assert.True(establishments.Count(e => e.HeadcountBand is "NN" or "00") > establishments.Count / 10);
        Assert.Contains(establishments, e => string.CompareOrdinal(e.HeadcountBand, "22") >= 0);

        // Seven years of headcounts and hires whatever the job seekers' years: the company finder's backtest needs them.
        Assert.Equal(Enumerable.Range(2019, 7), Inputs.Headcounts.Select(h => h.Year).Distinct().Order());
        Assert.Equal(Enumerable.Range(2019, 7), Inputs.Hires.Select(h => h.Month.Year).Distinct().Order());
        // About 26 million employees and two million hires a month at national scale. A few giant
        // establishments weigh much in a small sample: each counts for at most 1,000 here.
        var employees = Inputs.Headcounts.Where(h => h.Year == 2024).Sum(h => (long)Math.Min(h.Employees, 1_000)) / StatisticsSampleFixture.Scale;
        Assert.InRange(employees, 15_000_000, 32_000_000);
        var monthly = Inputs.Hires.Where(h => h.Month.Year == 2024).Sum(h => (long)h.Count) / 12.0 / StatisticsSampleFixture.Scale;
        Assert.InRange(monthly, 900_000, 3_000_000);
    }

    [Fact]
    public void Recruitment_projects_are_harder_for_occupations_in_shortage_and_seasonal_in_farming()
    {
        var projects = Inputs.Projects;
        Assert.Equal(Enumerable.Range(2021, 5), projects.Select(p => p.Year).Distinct().Order());
        Assert.All(projects, p => Assert.True(p.Projects > 0 && p.Difficult <= p.Projects && p.Seasonal <= p.Projects));
        var perYear = projects.Where(p => p.Year == 2025).Sum(p => (long)p.Projects) / StatisticsSampleFixture.Scale;
        Assert.InRange(perYear, 2_200_000, 2_600_000);
        double Difficult(Func<string, bool> rome)
        {
            var selected = projects.Where(p => rome(p.Rome)).ToList();
            return selected.Sum(p => p.Difficult) / (double)selected.Sum(p => p.Projects);
        }
        double Seasonal(Func<string, bool> rome)
        {
            var selected = projects.Where(p => rome(p.Rome)).ToList();
            return selected.Sum(p => p.Seasonal) / (double)selected.Sum(p => p.Projects);
        }
        var shortage = Difficult(r => r.StartsWith("J15", StringComparison.Ordinal) || r.StartsWith("F16", StringComparison.Ordinal) || r.StartsWith("N41", StringComparison.Ordinal));
        var office = Difficult(r => r.StartsWith("M16", StringComparison.Ordinal) || r.StartsWith("D12", StringComparison.Ordinal));
        Assert.True(shortage > office + 0.2, $"Difficultés : métiers en tension {shortage:P0}, bureau et vente {office:P0}.");
        Assert.True(Seasonal(r => r.StartsWith("A14", StringComparison.Ordinal)) > 0.6);
        Assert.True(Seasonal(r => r.StartsWith("M1", StringComparison.Ordinal)) < 0.1);
    }

    [Fact]
    public void Registered_offers_cover_the_register_years_with_plausible_contracts()
    {
        var offers = Inputs.Offers;
        Assert.Equal([2023, 2024, 2025], offers.Select(o => o.RegisteredOn.Year).Distinct().Order());
        Assert.InRange(offers.Count(o => o.RegisteredOn.Year == 2024) / StatisticsSampleFixture.Scale, 3_000_000, 3_400_000);
        Assert.All(offers, o => Assert.Equal(o.Durable, o.Contract is "CDI" or "DIN" || (o.Contract == "CDD" && o.Durable)));
        Assert.InRange(offers.Count(o => o.Durable) / (double)offers.Count, 0.45, 0.65);
        Assert.InRange(offers.Count(o => o.Origin == OfferOrigin.Partner) / (double)offers.Count, 0.35, 0.5);
        Assert.Equal(offers.Count, offers.Select(o => o.OfferId).Distinct(StringComparer.Ordinal).Count());
        Assert.All(offers, o => Assert.Equal(10, o.OfferId.Length));
    }
}
