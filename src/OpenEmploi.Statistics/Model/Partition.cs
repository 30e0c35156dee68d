namespace OpenEmploi.Statistics.Model;

/// <summary>
/// The additive relations of the published tables: a total equals the sum of its parts along one
/// partition. Secondary suppression and its audit read them; each is exact by construction.
/// </summary>
internal enum Partition : byte
{
    RegionsOfNation = 1,
    DepartementsOfRegion,
    CommunesOfDepartement,
    CommunesOfEpci,
    CommunesOfZoneEmploi,
    /// <summary>Zones d'emploi of France (the recruitment-projects survey is by zone).</summary>
    ZonesOfNation,
    GrandsDomainesOfAll,
    DomainesOfGrandDomaine,
    MetiersOfDomaine,
    SectionsOfAll,
    /// <summary>A nomenclature's parts of its total (A + B + C = ABC; contracts and origins of TOUS).</summary>
    NomenclatureParts,
    /// <summary>Zones d'emploi of a département, each in the one holding most of its population (recruitment projects only).</summary>
    ZonesOfDepartement = 12,
    /// <summary>The codes of one characteristic of a main value (offset by the characteristic type).</summary>
    CharacteristicCodes = 100,
}
