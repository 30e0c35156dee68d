using OpenEmploi.Core.Statistics;

namespace OpenEmploi.Statistics.Tests;

/// <summary>
/// A seeded register over the communes of one département, skewed like a real one (a few large
/// communes, many small ones, a few occupations holding most job seekers), with offers, hires,
/// headcounts and recruitment projects: small counts everywhere for the disclosure rules to bite.
/// Every row has a known commune and ROME, so the published tables are exactly additive.
/// </summary>
internal static class SyntheticRegister
{
    public static readonly string[] Romes =
        ["M1805", "K2111", "J1501", "N1103", "H2909", "D1106", "G1603", "A1414", "F1703", "K1303", "M1607", "N4101"];

    private static readonly string[] Nafs = ["62.01Z", "47.11F", "86.10Z", "41.20A", "56.10A", "10.71C", "49.41A", "01.11Z"];

    public static InMemoryStatisticsInputs Generate(string departement, int seekers, int seed)
    {
        var random = new Random(seed);
        var communes = TestData.Data.Geographie.CommunesOfDepartement(departement)
            .Where(c => !c.IsArrondissement).OrderByDescending(c => c.Population).Select(c => c.CodeInsee).ToArray();
        var inputs = new InMemoryStatisticsInputs();
        string Commune() => communes[(int)(communes.Length * Math.Pow(random.NextDouble(), 3))];
        string Rome() => Romes[(int)(Romes.Length * Math.Pow(random.NextDouble(), 2))];
        string[] education = ["NV1", "NV2", "NV3", "NV4", "NV5"];
        for (var i = 0; i < seekers; i++)
        {
            var registered = new DateOnly(2024, 1, 1).AddDays(random.Next(1000));
            DateOnly? exited = random.NextDouble() < 0.5 ? registered.AddDays(30 + random.Next(500)) : null;
            inputs.Episodes.Add(new JobSeekerEpisode(
                i + 1, (JobSeekerCategory)(1 + (int)(5 * Math.Pow(random.NextDouble(), 1.5))), (Sex)(1 + random.Next(2)),
                new DateOnly(1960 + random.Next(45), 1 + random.Next(12), 1), education[random.Next(education.Length)],
                (1 + random.Next(9)).ToString(System.Globalization.CultureInfo.InvariantCulture),
                (ExperienceBand)(1 + random.Next(5)), (FamilySituation)(1 + random.Next(4)), Rome(), Commune(),
                registered, exited, exited is null ? null : (ExitReason)(1 + random.Next(5))));
        }
        for (var i = 0; i < seekers / 3; i++)
        {
            var durable = random.NextDouble() < 0.6;
            inputs.Offers.Add(new RegisteredOffer(
                $"{i:D7}", new DateOnly(2026, 1, 1).AddDays(random.Next(365)), Rome(), Nafs[random.Next(Nafs.Length)], Commune(), departement,
                durable ? "CDI" : "CDD", durable, random.NextDouble() < 0.8, random.NextDouble() < 0.7 ? OfferOrigin.Employer : OfferOrigin.Partner));
        }
        for (var e = 0; e < seekers / 40; e++)
        {
            var siret = $"{10000000000000 + e}";
            inputs.Establishments.Add(new Establishment(siret, $"Établissement {e}", null, Nafs[random.Next(Nafs.Length)], "12",
                Commune(), null, null, random.NextDouble() < 0.1, new DateOnly(2010, 1, 1), null));
            var size = 1 + (int)(200 * Math.Pow(random.NextDouble(), 4));
            inputs.Headcounts.Add(new EstablishmentHeadcount(siret, 2021, Math.Max(0, size - random.Next(5))));
            inputs.Headcounts.Add(new EstablishmentHeadcount(siret, 2026, size));
            for (var month = 1; month <= 12; month++)
            {
                if (random.NextDouble() < 0.5)
                    inputs.Hires.Add(new MonthlyHires(siret, new DateOnly(2026, month, 1), (HireContract)(1 + random.Next(3)),
                        random.NextDouble() < 0.8 ? Rome() : null, 1 + random.Next(Math.Max(1, size / 10))));
            }
        }
        var zones = communes.Select(c => TestData.Data.Geographie.CommuneByInsee(c)!.CodeZoneEmploi!).Distinct().Order(StringComparer.Ordinal);
        foreach (var zone in zones)
        {
            foreach (var rome in Romes)
            {
                var projects = random.Next(120);
                if (projects > 0)
                    inputs.Projects.Add(new RecruitmentProjects(2026, zone, rome, projects, random.Next(projects + 1), random.Next(projects + 1)));
            }
        }
        return inputs;
    }
}
