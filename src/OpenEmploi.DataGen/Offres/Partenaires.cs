using OpenEmploi.Core.Offres;

namespace OpenEmploi.DataGen.Offres;

/// <summary>
/// Fictional partner job boards (names invented here, addresses under the reserved ".example"
/// domain). Generalist boards carry offers of every kind; a specialist also takes half of the
/// partner offers of its field.
/// </summary>
public static class Partenaires
{
    public static readonly Source EmploiDirect = Board("EMPLOIDIRECT", "EmploiDirect", "emploidirect");
    public static readonly Source JobsRegion = Board("JOBSREGION", "JobsRégion", "jobsregion");
    public static readonly Source CarrierePlus = Board("CARRIEREPLUS", "CarrièrePlus", "carriereplus");
    public static readonly Source LocalEmploi = Board("LOCALEMPLOI", "LocalEmploi", "localemploi");
    public static readonly Source TremplinJobs = Board("TREMPLINJOBS", "Tremplin Jobs", "tremplinjobs");
    public static readonly Source InterimNet = Board("INTERIMNET", "InterimNet", "interimnet");
    public static readonly Source HotelEmplois = Board("HOTELEMPLOIS", "HôtelEmplois", "hotelemplois");
    public static readonly Source SanteCarrieres = Board("SANTECARRIERES", "SantéCarrières", "santecarrieres");
    public static readonly Source BtpRecrute = Board("BTPRECRUTE", "BTP Recrute", "btprecrute");
    public static readonly Source TechTalents = Board("TECHTALENTS", "TechTalents", "techtalents");
    public static readonly Source AlternancePro = Board("ALTERNANCEPRO", "AlternancePro", "alternancepro");
    public static readonly Source CadresAvenir = Board("CADRESAVENIR", "CadresAvenir", "cadresavenir");
    public static readonly Source ProxiServices = Board("PROXISERVICES", "ProxiServices Emploi", "proxiservices-emploi");

    public static IReadOnlyList<Source> All { get; } =
    [
        EmploiDirect, JobsRegion, CarrierePlus, LocalEmploi, TremplinJobs, InterimNet, HotelEmplois,
        SanteCarrieres, BtpRecrute, TechTalents, AlternancePro, CadresAvenir, ProxiServices,
    ];

    /// <summary>The generalists and how much of the partner traffic each carries.</summary>
    internal static readonly WeightedPicker<Source> Generalistes = WeightedPicker.Of(
        (EmploiDirect, 30.0), (JobsRegion, 22.0), (CarrierePlus, 18.0), (LocalEmploi, 15.0), (TremplinJobs, 10.0));

    /// <summary>The page of an offer on its board, as partners link to it in urlOrigine.</summary>
    public static string OfferUrl(Source partner, string reference) => string.Concat(partner.Url, "/offres/", reference);

    private static Source Board(string code, string nom, string host) =>
        new(code, nom, $"https://www.{host}.example", $"https://www.{host}.example/logo.png");
}
