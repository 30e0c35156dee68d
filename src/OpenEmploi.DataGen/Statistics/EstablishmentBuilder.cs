using System.Globalization;
using System.Text;
using OpenEmploi.Core.Statistics;
using OpenEmploi.DataGen.Offres;

namespace OpenEmploi.DataGen.Statistics;

/// <summary>
/// Everything about establishment i that its three tables need (the SIRENE row, the yearly
/// headcounts, the monthly hires), drawn from its own stream: each table's stream rebuilds it
/// rather than keeping millions of them, and all three agree.
/// </summary>
internal sealed class EstablishmentProfile
{
    public string Siret = "";
    public Sector Sector = null!;
    public CommunePlace Place = null!;
    public bool Employer;
    public int[] Employees = [];
    public DateOnly CreatedOn;
    public DateOnly? ClosedOn;
    public bool PartialDiffusion;
    public double Latitude;
    public double Longitude;

    /// <summary>Active at some point of [from, to].</summary>
    public bool ActiveDuring(DateOnly from, DateOnly to) => CreatedOn <= to && (ClosedOn is not { } closed || closed >= from);
}

internal sealed class EstablishmentTables
{
    public EstablishmentTables(StatisticsWorld world)
    {
        var options = world.Options;
        Count = (long)Math.Round(LabourMarketTables.EstablishmentsAtScaleOne * options.Scale / 0.8);
        Bands = new WeightedPicker<(string, double, int, int)>(LabourMarketTables.HeadcountBands,
            LabourMarketTables.HeadcountBands.Select(b => b.Share).ToList());
        FirstYear = options.HeadcountsFromYear;
        Years = options.LastYear - FirstYear + 1;
        // A bijection of [0, 9·10^7) (the multiplier is prime to 2, 3 and 5) shifted by the seed:
        // SIRENs look random, never repeat, and another seed gives other numbers.
        Offset = (long)(options.Seed % 90_000_000UL);
    }

    /// <summary>Establishments generated: those active at the start of the window (80 %) and those created since.</summary>
    public long Count { get; }

    public WeightedPicker<(string Band, double Share, int Min, int Max)> Bands { get; }

    public int FirstYear { get; }

    public int Years { get; }

    public long Offset { get; }
}

internal sealed class EstablishmentBuilder(StatisticsWorld world, EstablishmentTables tables)
{
    private readonly DetRandom _r = new(0, 0, 0);
    private readonly DetRandom _hires = new(0, 0, 0);
    private readonly EstablishmentProfile _profile = new() { Employees = new int[tables.Years] };
    private readonly string?[] _slots = TextTemplate.NewValues();
    private readonly StringBuilder _text = new();
    private readonly Dictionary<(HireContract, string?), int> _month = [];
    private readonly string?[] _romes = new string?[3];

    public EstablishmentProfile Profile(long index)
    {
        var r = _r;
        var options = world.Options;
        var p = _profile;
        r.Reset(options.Seed, GeneratorStreams.Etablissements, (ulong)index);
        var payload = 10_000_000 + ((index * 48_271L + tables.Offset) % 90_000_000L);
        Span<char> nic = stackalloc char[4];
        nic[0] = '0';
        nic[1] = '0';
        nic[2] = (char)('0' + r.Next(10));
        nic[3] = (char)('1' + r.Next(9));
        p.Siret = OpenEmploi.DataGen.Siret.FromPayloads(payload.ToString("D8", CultureInfo.InvariantCulture), nic);
        p.Sector = world.Sectors.Sectors.Pick(r);
        var band = tables.Bands.Pick(r);
        var second = tables.Bands.Pick(r);
        // Factories, hospitals and administrations are larger than shops and cafés.
        if (p.Sector.Section is "C" or "O" or "Q" or "K" or "D" && second.Min > band.Min)
            band = second;
        p.Employer = band.Max > 0;
        p.Place = world.Context.Places.Communes.Pick(r);
        p.Latitude = Math.Round(p.Place.Commune.Latitude!.Value + ((r.NextDouble() - 0.5) * 0.02), 5);
        p.Longitude = Math.Round(p.Place.Commune.Longitude!.Value + ((r.NextDouble() - 0.5) * 0.03), 5);
        var windowStart = new DateOnly(tables.FirstYear, 1, 1);
        p.CreatedOn = r.Chance(0.8)
            ? windowStart.AddDays(-1 - (int)Math.Min(Sampling.Exponential(r, 12 * 365.25), 60 * 365.25))
            : windowStart.AddDays(r.Next(options.End.DayNumber - windowStart.DayNumber + 1));
        var closing = (p.CreatedOn > windowStart ? p.CreatedOn : windowStart).AddDays((int)Math.Min(Sampling.Exponential(r, 25 * 365.25), 200 * 365.25));
        p.ClosedOn = closing <= options.End ? closing : null;
        p.PartialDiffusion = r.Chance(band.Max <= 5 ? 0.045 : 0.01);
        var growth = p.Sector.Profile.Growth
            + LabourMarketTables.GrowthByRegion.GetValueOrDefault(p.Place.Departement.Region.Code)
            + (0.04 * Sampling.Normal(r));
        double start = band.Max <= 0 ? 0
            : band.Max - band.Min < 10 ? r.Next(band.Min, band.Max + 1)
            : Math.Exp(Math.Log(band.Min) + (r.NextDouble() * (Math.Log(band.Max + 1) - Math.Log(band.Min))));
        for (var y = 0; y < tables.Years; y++)
        {
            var noise = Math.Exp(0.05 * Sampling.Normal(r));
            p.Employees[y] = (int)Math.Round(start * Math.Pow(1 + growth, y) * noise);
        }
        return p;
    }

    public void BuildEstablishment(long index, List<Establishment> rows)
    {
        var p = Profile(index);
        var r = _r;
        var templates = p.Sector.Division == "78"
            ? EmployeurTexts.Interim
            : EmployeurTexts.ByDivision.GetValueOrDefault(p.Sector.Division) ?? EmployeurTexts.Generic;
        _slots[(int)Slot.Nom] = r.Pick(EmployeurTexts.Noms);
        _slots[(int)Slot.Lieu] = r.Pick(EmployeurTexts.Lieux);
        _slots[(int)Slot.Prenom] = r.Pick(EmployeurTexts.Prenoms);
        _slots[(int)Slot.Sigle] = r.Pick(EmployeurTexts.Sigles);
        _slots[(int)Slot.Ville] = p.Place.Ville;
        _text.Clear();
        r.Pick(templates).AppendTo(_text, _slots);
        var name = _text.ToString();
        string? sign = r.Chance(0.3) ? string.Concat(r.Pick(EmployeurTexts.Noms), " ", r.Pick(EmployeurTexts.Lieux)) : null;
        // SIRENE's band is the last known year's headcount.
        var lastYear = Math.Min(world.Options.LastYear, (p.ClosedOn ?? world.Options.End).Year);
        var employees = p.Employees[Math.Clamp(lastYear - tables.FirstYear, 0, tables.Years - 1)];
        rows.Add(new Establishment(
            p.Siret, name, sign, p.Sector.Naf, LabourMarketTables.BandOf(employees, p.Employer), p.Place.Commune.CodeInsee,
            p.Latitude, p.Longitude, p.PartialDiffusion, p.CreatedOn, p.ClosedOn));
    }

    public void BuildHeadcounts(long index, List<EstablishmentHeadcount> rows)
    {
        var p = Profile(index);
        if (!p.Employer)
            return;
        for (var y = 0; y < tables.Years; y++)
        {
            var year = tables.FirstYear + y;
            var yearEnd = new DateOnly(year, 12, 31);
            if (p.CreatedOn <= yearEnd && (p.ClosedOn is not { } closed || closed > yearEnd))
                rows.Add(new EstablishmentHeadcount(p.Siret, year, p.Employees[y]));
        }
    }

    public void BuildHires(long index, List<MonthlyHires> rows)
    {
        var p = Profile(index);
        if (!p.Employer)
            return;
        var h = _hires;
        h.Reset(world.Options.Seed, GeneratorStreams.Embauches, (ulong)index);
        // The few occupations this establishment hires for, most of its hires in the first.
        for (var i = 0; i < _romes.Length; i++)
            _romes[i] = p.Sector.Romes.Pick(h);
        var profile = p.Sector.Profile;
        var seasonMean = profile.Season.Average();
        foreach (var month in world.HireMonths)
        {
            var last = month.First.AddDays(month.Days - 1);
            if (!p.ActiveDuring(month.First, last))
                continue;
            var year = Math.Clamp(month.First.Year - tables.FirstYear, 0, tables.Years - 1);
            // Short establishments (created or closed within the month) hire in proportion.
            var mean = Math.Max(p.Employees[year], 0.3) * profile.HiresPerEmployee / 12 * profile.Season[month.Number - 1] / seasonMean
                * month.Days / DateTime.DaysInMonth(month.First.Year, month.First.Month);
            var count = Sampling.Poisson(h, mean);
            if (count == 0)
                continue;
            _month.Clear();
            var cdi = Sampling.Binomial(h, count, profile.Contracts[0]);
            var longCdd = Sampling.Binomial(h, count - cdi, profile.Contracts[1] / (1 - profile.Contracts[0]));
            Split(h, HireContract.Cdi, cdi);
            Split(h, HireContract.CddOverOneMonth, longCdd);
            Split(h, HireContract.CddUpToOneMonth, count - cdi - longCdd);
            foreach (var ((contract, rome), hires) in _month)
                rows.Add(new MonthlyHires(p.Siret, month.First, contract, rome, hires));
        }
    }

    // The hired person's ROME is known for about 70 % of hires; known ones go 60/25/15 to the establishment's three occupations.
    private void Split(DetRandom h, HireContract contract, int count)
    {
        if (count <= 0)
            return;
        var known = Sampling.Binomial(h, count, 0.7);
        Add(contract, null, count - known);
        var first = Sampling.Binomial(h, known, 0.6);
        var second = Sampling.Binomial(h, known - first, 0.625);
        Add(contract, _romes[0], first);
        Add(contract, _romes[1], second);
        Add(contract, _romes[2], known - first - second);
    }

    private void Add(HireContract contract, string? rome, int count)
    {
        if (count > 0)
            _month[(contract, rome)] = _month.GetValueOrDefault((contract, rome)) + count;
    }
}
