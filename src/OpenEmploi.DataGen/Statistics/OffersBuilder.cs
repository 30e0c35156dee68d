using System.Globalization;
using OpenEmploi.Core.Statistics;

namespace OpenEmploi.DataGen.Statistics;

/// <summary>
/// Registered offers as statistics count them, coherent with hires: the occupation drawn by offer
/// volume, the sector among that occupation's employers (the same table hires come from), the
/// month by the offers' season tempered by the sector's hiring season, the place by population.
/// Ids are "G" and nine digits, never a platform offer's seven characters.
/// </summary>
internal sealed class OffersBuilder
{
    private static readonly WeightedPicker<string> Contracts =
        WeightedPicker.Of(("CDI", 45.0), ("CDD", 33.0), ("MIS", 16.0), ("SAI", 4.0), ("DIN", 1.0), ("LIB", 1.0));

    private readonly StatisticsWorld _world;
    private readonly DetRandom _r = new(0, 0, 0);

    public OffersBuilder(StatisticsWorld world)
    {
        _world = world;
        Count = (long)Math.Round(LabourMarketTables.OffersPerYear * world.Options.Scale * world.SeekerDays / 365.25);
    }

    public long Count { get; }

    public void Build(long index, List<RegisteredOffer> rows)
    {
        var r = _r;
        r.Reset(_world.Options.Seed, GeneratorStreams.OffresEnregistrees, (ulong)index);
        var occupation = _world.Context.Occupations.Occupations.Pick(r);
        var naf = occupation.Naf.Pick(r);
        var sector = _world.Sectors.ByNaf.GetValueOrDefault(naf.Code);
        var section = sector?.Section ?? "N";
        var month = _world.OfferMonths[section].Pick(r);
        var day = month.First.AddDays(r.Next(month.Days));
        var place = _world.Context.Places.Communes.Pick(r);
        var contract = Contracts.Pick(r);
        if (contract == "SAI" && section is not ("A" or "I" or "R"))
            contract = "CDD";
        var durable = contract is "CDI" or "DIN" || (contract == "CDD" && r.Chance(0.3));
        var fullTime = r.Chance(occupation.Metier.CodeGrandDomaine is "K" or "D" or "G" ? 0.62 : 0.82);
        var origin = r.Chance(0.42) ? OfferOrigin.Partner : OfferOrigin.Employer;
        rows.Add(new RegisteredOffer(
            "G" + (index + 1).ToString("D9", CultureInfo.InvariantCulture), day, occupation.Metier.CodeRome,
            r.Chance(0.9) ? naf.Code : null, place.Commune.CodeInsee, place.Departement.Code, contract, durable, fullTime, origin));
    }
}
